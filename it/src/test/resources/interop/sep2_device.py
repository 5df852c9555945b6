"""A scripted IEEE 2030.5 device client in Python (standard library only).

It speaks what 2030.5 allows (TLS 1.2, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, the device certificate
with its chain, the SERCA as the only trust anchor, no host-name check since 2030.5 server
certificates carry none), knows only the DeviceCapability URI and learns every other URI from the
links it is served, the way a real device does:

  discovery      GET /dcap, the Time, the EndDeviceList
  registration   POST its own EndDevice (sFDI and lFDI computed from its certificate) -> 201 +
                 Location, again -> the same Location; GET the EndDevice and its Registration and
                 check the pIN it was given (it goes no further with a wrong one)
  DER            PUT DERCapability, DERSettings, DERStatus, DERAvailability; GET each back
  programs       FunctionSetAssignmentsList -> FSA -> DERProgramList -> DERProgram ->
                 DefaultDERControl and DERControlList, twice: mRIDs and creationTimes are stable
  paging         a DERControlList page by page (s, l), checking all and results
  metering       POST two MirrorUsagePoints (two Locations), a MirrorMeterReading to each; the
                 MirrorUsagePointList page by page
  errors         404 (unknown path), 405 + Allow (DELETE on the DeviceCapability), 400 (malformed
                 XML), 415 (wrong Content-Type)

With --meter N the device stops after registration and does CSIP-AUS mirror metering instead: it
POSTs a site MirrorUsagePoint (roleFlags 03, mRIDs ending in the PEN, --pen) and then N site W
readings (a one-minute period each, on the minute of the server's Time), one per postRate; with
--clock-admin URL it moves the server's utility clock on by the postRate through the admin
interface between readings instead of sleeping (a test shortcut).

Prints ONE JSON document on stdout: {"ok", "device", "tls", "steps": [...], "failures": [...]},
every step with its method, path, status and the values the device read; exit 0 when every check
passed, 1 otherwise.

Usage: python3 sep2_device.py HOST PORT DEVICE_CHAIN DEVICE_KEY SERCA [--pin PIN] [--dcap /dcap]
         [--meter N [--pen PEN] [--clock-admin http://127.0.0.1:PORT]]
"""
import argparse
import hashlib
import http.client
import json
import re
import ssl
import sys
import time
import traceback
import urllib.request
import xml.etree.ElementTree as ET

NS = "urn:ieee:std:2030.5:ns"
SEP_XML = "application/sep+xml"
ET.register_namespace("", NS)


def q(name):
    return "{%s}%s" % (NS, name)


class CheckFailed(Exception):
    pass


class StopFlow(Exception):
    """A failure after which a real device would not go on (e.g. a wrong registration pIN)."""


# ---- identity (IEEE 2030.5-2018 6.3.3, 6.3.4) -----------------------------------------------


def identity(chain_pem_file):
    """LFDI and SFDI of the first certificate of a PEM file."""
    with open(chain_pem_file, "r", encoding="ascii") as f:
        text = f.read()
    first = re.search(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", text, re.S)
    if not first:
        raise SystemExit("no certificate in %s" % chain_pem_file)
    der = ssl.PEM_cert_to_DER_cert(first.group(0))
    fingerprint = hashlib.sha256(der).hexdigest().upper()
    lfdi = fingerprint[:40]  # the first 160 bits
    value = int(fingerprint[:9], 16)  # the first 36 bits
    digit_sum = sum(int(d) for d in str(value))
    sfdi = value * 10 + (10 - digit_sum % 10) % 10  # digit sum of the whole SFDI is 0 mod 10
    return lfdi, sfdi


# ---- documents the device sends (2030.5-2018, elements in schema order) ----------------------


def element(parent, name, text=None):
    e = ET.SubElement(parent, q(name))
    if text is not None:
        e.text = str(text)
    return e


def value_with_multiplier(parent, name, value, multiplier=0):
    e = element(parent, name)
    element(e, "multiplier", multiplier)
    element(e, "value", value)
    return e


def status_type(parent, name, now, value):
    e = element(parent, name)
    element(e, "dateTime", now)
    element(e, "value", value)


def document(root, build):
    r = ET.Element(q(root))
    build(r)
    return ET.tostring(r, encoding="utf-8", xml_declaration=False)


def end_device(lfdi, sfdi, now):
    def build(r):
        element(r, "lFDI", lfdi)
        element(r, "sFDI", sfdi)
        element(r, "changedTime", now)

    return document("EndDevice", build)


def der_capability():
    def build(r):
        element(r, "modesSupported", "00900024")  # bits 2 connect, 5 fixed PF, 20 max W, 23 volt-var
        value_with_multiplier(r, "rtgMaxA", 22)
        value_with_multiplier(r, "rtgMaxVA", 5000)
        value_with_multiplier(r, "rtgMaxVar", 3000)
        value_with_multiplier(r, "rtgMaxW", 5000)
        value_with_multiplier(r, "rtgVNom", 230)
        element(r, "type", 4)  # photovoltaic

    return document("DERCapability", build)


def der_settings(now):
    def build(r):
        element(r, "modesEnabled", "00100004")  # connect, max W limit
        element(r, "setGradW", 100)
        value_with_multiplier(r, "setMaxA", 22)
        value_with_multiplier(r, "setMaxVA", 5000)
        value_with_multiplier(r, "setMaxVar", 3000)
        value_with_multiplier(r, "setMaxW", 4800)
        value_with_multiplier(r, "setVNom", 230)
        element(r, "updatedTime", now)

    return document("DERSettings", build)


def der_status(now):
    def build(r):
        status_type(r, "genConnectStatus", now, "07")  # available, operating, connected
        status_type(r, "inverterStatus", now, 4)  # on, tracking the maximum power point
        status_type(r, "operationalModeStatus", now, 2)  # operational
        element(r, "readingTime", now)

    return document("DERStatus", build)


def der_availability(now):
    def build(r):
        element(r, "availabilityDuration", 3600)
        element(r, "readingTime", now)
        value_with_multiplier(r, "statVarAvail", 2500)
        value_with_multiplier(r, "statWAvail", 4200)

    return document("DERAvailability", build)


def mrid(lfdi, what):
    return hashlib.sha256((lfdi + "/" + what).encode("ascii")).hexdigest()[:32].upper()


def mirror_usage_point(lfdi, what, description, role_flags):
    def build(r):
        element(r, "mRID", mrid(lfdi, what))
        element(r, "description", description)
        element(r, "roleFlags", role_flags)
        element(r, "serviceCategoryKind", 0)  # electricity
        element(r, "status", 1)  # on
        element(r, "deviceLFDI", lfdi)

    return document("MirrorUsagePoint", build)


def mirror_meter_reading(lfdi, what, description, value, now, uom, kind):
    def build(r):
        element(r, "mRID", mrid(lfdi, what))
        element(r, "description", description)
        element(r, "lastUpdateTime", now)
        element(r, "nextUpdateTime", now + 300)
        reading = element(r, "Reading")
        period = element(reading, "timePeriod")
        element(period, "duration", 300)
        element(period, "start", now - 300)
        element(reading, "value", value)
        rt = element(r, "ReadingType")
        element(rt, "accumulationBehaviour", 12)  # instantaneous
        element(rt, "commodity", 1)  # electricity secondary metered
        element(rt, "dataQualifier", 2)  # average
        element(rt, "flowDirection", 1)  # forward
        element(rt, "intervalLength", 300)
        element(rt, "kind", kind)
        element(rt, "phase", 0)
        element(rt, "powerOfTenMultiplier", 0)
        element(rt, "uom", uom)

    return document("MirrorMeterReading", build)


# ---- reading what the server sends --------------------------------------------------------


def child(e, name):
    return None if e is None else e.find(q(name))


def children(e, name):
    return [] if e is None else e.findall(q(name))


def text(e, path):
    """Text of a slash-separated child path, e.g. 'EventStatus/currentStatus'."""
    for name in path.split("/"):
        e = child(e, name)
        if e is None:
            return None
    return None if e.text is None else e.text.strip()


def link(e, name):
    l = child(e, name)
    return None if l is None else l.get("href")


def as_int(s):
    return None if s is None else int(s)


def with_query(href, **params):
    return href + ("&" if "?" in href else "?") + "&".join("%s=%s" % kv for kv in params.items())


# ---- the client ------------------------------------------------------------------------------


class Device:
    def __init__(self, host, port, chain, key, ca, timeout=10):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        # OpenSSL 3.2 and later put CCM8 (64-bit tag) at security level 0
        lowered = ":@SECLEVEL=0" if ssl.OPENSSL_VERSION_INFO >= (3, 2) else ""
        ctx.set_ciphers("ECDHE-ECDSA-AES128-CCM8" + lowered)
        ctx.check_hostname = False  # 2030.5 server certificates carry no host name
        ctx.verify_mode = ssl.CERT_REQUIRED  # the chain is still verified, up to the SERCA
        ctx.load_verify_locations(ca)
        ctx.load_cert_chain(chain, key)
        self.host, self.port, self.ctx, self.timeout = host, int(port), ctx, timeout
        self.conn = None
        self.tls = None
        self.steps = []
        self.failures = []
        self.current = None
        self.meter, self.pen, self.clock_admin = 0, 0, None

    def _connection(self):
        if self.conn is None:
            self.conn = http.client.HTTPSConnection(
                self.host, self.port, context=self.ctx, timeout=self.timeout
            )
        return self.conn

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, step, method, path, body=None, content_type=SEP_XML, expect=(200,)):
        """One exchange, recorded as a step; returns (status, headers, root element or None)."""
        headers = {"Accept": SEP_XML}
        if body is not None:
            headers["Content-Type"] = content_type
        record = {"step": step, "method": method, "path": path}
        self.steps.append(record)
        self.current = record
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # the server closed a kept-alive connection: a device reconnects once
                self.close()
                if attempt == 2:
                    raise
        if self.tls is None and conn.sock is not None:
            self.tls = {"version": conn.sock.version(), "cipher": conn.sock.cipher()[0]}
        if response.will_close:
            self.close()
        record["status"] = response.status
        location = response.getheader("Location")
        if location:
            record["location"] = location
        allow = response.getheader("Allow")
        if allow:
            record["allow"] = allow
        root = None
        ctype = response.getheader("Content-Type") or ""
        if data:
            record["contentType"] = ctype
            try:
                root = ET.fromstring(data)
                record["element"] = root.tag.split("}", 1)[-1]
                if root.tag.startswith("{"):
                    record["namespace"] = root.tag[1:].split("}", 1)[0]
            except ET.ParseError as e:
                self.fail("the %s answer is not well-formed XML: %s" % (step, e))
        if response.status not in expect:
            self.fail("%s %s answered %d, expected %s" % (method, path, response.status, expect))
        elif data and not ctype.startswith(SEP_XML):
            self.fail("%s %s answered Content-Type %r" % (method, path, ctype))
        return response.status, response, root

    def get(self, step, href, expect=(200,)):
        return self.request(step, "GET", href, expect=expect)[2]

    def value(self, name, v):
        self.current.setdefault("values", {})[name] = v
        return v

    def fail(self, message):
        self.failures.append(message)
        if self.current is not None:
            self.current.setdefault("failures", []).append(message)

    def check(self, condition, message):
        if not condition:
            self.fail(message)
        return condition

    def require(self, value, message):
        if value is None:
            self.fail(message)
            raise StopFlow(message)
        return value


def run(device, dcap_href, expected_pin):
    now = int(time.time())
    lfdi, sfdi = device.lfdi, device.sfdi

    # ---- discovery ----
    dcap = device.require(device.get("discovery: DeviceCapability", dcap_href), "no DeviceCapability")
    device.value("pollRate", as_int(dcap.get("pollRate")))
    tm_href = device.require(link(dcap, "TimeLink"), "DeviceCapability has no TimeLink")
    edevs_href = device.require(link(dcap, "EndDeviceListLink"), "no EndDeviceListLink")
    mups_href = device.require(link(dcap, "MirrorUsagePointListLink"), "no MirrorUsagePointListLink")
    device.value("TimeLink", tm_href)
    device.value("EndDeviceListLink", edevs_href)
    device.value("MirrorUsagePointListLink", mups_href)

    tm = device.require(device.get("discovery: Time", tm_href), "no Time")
    server_time = as_int(text(tm, "currentTime"))
    device.value("currentTime", server_time)
    device.value("quality", as_int(text(tm, "quality")))
    device.value("offsetSeconds", None if server_time is None else server_time - int(time.time()))

    edevs = device.get("discovery: EndDeviceList", with_query(edevs_href, s=0, l=10))
    device.value("all", as_int(edevs.get("all")) if edevs is not None else None)
    device.value("results", as_int(edevs.get("results")) if edevs is not None else None)

    # ---- registration ----
    body = end_device(lfdi, sfdi, now)
    _, r1, _ = device.request("registration: POST EndDevice", "POST", edevs_href, body, expect=(201,))
    location = device.require(r1.getheader("Location"), "POST EndDevice gave no Location")
    device.value("sFDI", sfdi)
    _, r2, _ = device.request(
        "registration: POST EndDevice again", "POST", edevs_href, body, expect=(201, 204)
    )
    device.check(
        r2.getheader("Location") == location,
        "the second POST of the EndDevice gave Location %r, the first %r"
        % (r2.getheader("Location"), location),
    )

    edev = device.require(device.get("registration: EndDevice", location), "no EndDevice")
    device.value("sFDI", as_int(text(edev, "sFDI")))
    device.value("lFDI", text(edev, "lFDI"))
    device.check(as_int(text(edev, "sFDI")) == sfdi, "EndDevice sFDI is not the device's")
    device.check((text(edev, "lFDI") or "").upper() == lfdi, "EndDevice lFDI is not the device's")
    links = {}
    for name in (
        "RegistrationLink",
        "DERListLink",
        "FunctionSetAssignmentsListLink",
        "LogEventListLink",
        "DeviceInformationLink",
        "PowerStatusLink",
    ):
        links[name] = device.value(name, link(edev, name))

    edevs = device.get("registration: EndDeviceList", with_query(edevs_href, s=0, l=10))
    listed = [text(e, "sFDI") for e in children(edevs, "EndDevice")]
    device.value("all", as_int(edevs.get("all")) if edevs is not None else None)
    device.value("sFDIs", listed)
    device.check(str(sfdi) in listed, "the EndDeviceList does not list the device")

    rg_href = device.require(links["RegistrationLink"], "EndDevice has no RegistrationLink")
    rg = device.require(device.get("registration: Registration", rg_href), "no Registration")
    pin = as_int(text(rg, "pIN"))
    device.value("pIN", pin)
    device.value("dateTimeRegistered", as_int(text(rg, "dateTimeRegistered")))
    if expected_pin is not None:
        device.value("expectedPIN", expected_pin)
        if pin != expected_pin:
            device.fail(
                "Registration pIN %s is not the pIN this device was given (%s)" % (pin, expected_pin)
            )
            raise StopFlow("wrong registration pIN: the device does not go on")

    if device.meter:
        csip_metering(device, mups_href, tm_href, lfdi)
        return

    # ---- DER documents ----
    ders = device.get(
        "DER: DERList", with_query(device.require(links["DERListLink"], "no DERListLink"), s=0, l=10)
    )
    der = device.require(child(ders, "DER"), "the DERList has no DER")
    der = device.require(device.get("DER: DER", der.get("href")), "no DER")
    documents = [
        ("DERCapabilityLink", "DERCapability", der_capability(), "rtgMaxW/value"),
        ("DERSettingsLink", "DERSettings", der_settings(now), "setMaxW/value"),
        ("DERStatusLink", "DERStatus", der_status(now), "genConnectStatus/value"),
        ("DERAvailabilityLink", "DERAvailability", der_availability(now), "statWAvail/value"),
    ]
    for link_name, root, body, key in documents:
        href = device.require(link(der, link_name), "the DER has no " + link_name)
        device.request("DER: PUT " + root, "PUT", href, body, expect=(204,))
        back = device.get("DER: GET " + root, href)
        device.value(key, text(back, key))
        sent = text(ET.fromstring(body), key)
        device.check(
            back is not None and back.tag == q(root) and text(back, key) == sent,
            "%s read back has %s=%r, the device PUT %r" % (root, key, text(back, key), sent),
        )
    current_program = link(der, "CurrentDERProgramLink")

    # ---- programs, twice ----
    passes = []
    for n in (1, 2):
        seen = {}
        fsa_list_href = device.require(links["FunctionSetAssignmentsListLink"], "no FSA list link")
        fsas = device.get(
            "programs %d: FunctionSetAssignmentsList" % n, with_query(fsa_list_href, s=0, l=10)
        )
        device.value("all", as_int(fsas.get("all")) if fsas is not None else None)
        fsa = device.require(child(fsas, "FunctionSetAssignments"), "no FunctionSetAssignments")
        fsa = device.get("programs %d: FunctionSetAssignments" % n, fsa.get("href"))
        device.value("mRID", text(fsa, "mRID"))
        seen["fsa"] = text(fsa, "mRID")
        derp_list_href = device.require(link(fsa, "DERProgramListLink"), "no DERProgramListLink")
        derps = device.get("programs %d: DERProgramList" % n, with_query(derp_list_href, s=0, l=10))
        device.value("all", as_int(derps.get("all")) if derps is not None else None)
        device.value("primacies", [as_int(text(p, "primacy")) for p in children(derps, "DERProgram")])
        derp = device.require(child(derps, "DERProgram"), "the DERProgramList has no DERProgram")
        derp = device.get("programs %d: DERProgram" % n, derp.get("href"))
        device.value("mRID", text(derp, "mRID"))
        device.value("primacy", as_int(text(derp, "primacy")))
        device.value("href", derp.get("href") if derp is not None else None)
        seen["program"] = text(derp, "mRID")
        seen["programHref"] = derp.get("href") if derp is not None else None
        dderc_href = link(derp, "DefaultDERControlLink")
        if dderc_href:
            dderc = device.get("programs %d: DefaultDERControl" % n, dderc_href)
            device.value("mRID", text(dderc, "mRID"))
            device.value("opModMaxLimW", as_int(text(dderc, "DERControlBase/opModMaxLimW")))
            seen["default"] = (text(dderc, "mRID"), text(dderc, "DERControlBase/opModMaxLimW"))
        derc_href = device.require(link(derp, "DERControlListLink"), "no DERControlListLink")
        dercs = device.get("programs %d: DERControlList" % n, with_query(derc_href, s=0, l=255))
        controls = [
            {
                "mRID": text(c, "mRID"),
                "creationTime": as_int(text(c, "creationTime")),
                "currentStatus": as_int(text(c, "EventStatus/currentStatus")),
                "start": as_int(text(c, "interval/start")),
                "duration": as_int(text(c, "interval/duration")),
                "href": c.get("href"),
            }
            for c in children(dercs, "DERControl")
        ]
        device.value("all", as_int(dercs.get("all")) if dercs is not None else None)
        device.value("results", as_int(dercs.get("results")) if dercs is not None else None)
        device.value("controls", controls)
        starts = [c["start"] for c in controls]
        device.check(starts == sorted(starts), "the DERControlList is not ordered by start time")
        seen["controls"] = [(c["mRID"], c["creationTime"]) for c in controls]
        seen["derc"] = derc_href
        act_href = link(derp, "ActiveDERControlListLink")
        if act_href:
            act = device.get("programs %d: ActiveDERControlList" % n, with_query(act_href, s=0, l=255))
            device.value("mRIDs", [text(c, "mRID") for c in children(act, "DERControl")])
        passes.append(seen)
    first, second = passes
    device.steps.append(
        {
            "step": "programs: stable across two passes",
            "values": {
                "programMRID": first.get("program"),
                "controls": len(first["controls"]),
                "stable": first == second,
            },
        }
    )
    device.current = device.steps[-1]
    device.check(
        first == second,
        "mRIDs or creationTimes changed between two passes: %r / %r" % (first, second),
    )
    if current_program is not None:
        device.check(
            current_program == first.get("programHref"),
            "the DER's CurrentDERProgramLink %s is not the first program %s"
            % (current_program, first.get("programHref")),
        )

    # ---- paging: the DERControlList one by one ----
    total = len(first["controls"])
    paged = []
    for s in range(total + 1):
        page = device.get("paging: DERControlList s=%d l=1" % s, with_query(first["derc"], s=s, l=1))
        all_ = as_int(page.get("all")) if page is not None else None
        results = as_int(page.get("results")) if page is not None else None
        items = [text(c, "mRID") for c in children(page, "DERControl")]
        device.value("all", all_)
        device.value("results", results)
        device.value("mRIDs", items)
        device.check(all_ == total, "page s=%d: all=%s, the whole list has %d" % (s, all_, total))
        expected_results = 1 if s < total else 0
        device.check(
            results == expected_results and len(items) == expected_results,
            "page s=%d: results=%s with %d items, expected %d"
            % (s, results, len(items), expected_results),
        )
        paged.extend(items)
    device.steps.append({"step": "paging: pages joined", "values": {"mRIDs": paged}})
    device.current = device.steps[-1]
    device.check(paged == [m for m, _ in first["controls"]], "the pages joined are not the whole list")

    # ---- metering ----
    mirrors = [
        ("site", "Site connection point", "03", 1850, 38, 37),
        ("der", "PV inverter output", "49", 4100, 38, 37),
    ]
    locations = []
    for what, description, flags, value, uom, kind in mirrors:
        body = mirror_usage_point(lfdi, what, description, flags)
        _, r, _ = device.request(
            "metering: POST MirrorUsagePoint " + what, "POST", mups_href, body, expect=(201,)
        )
        loc = device.require(r.getheader("Location"), "POST MirrorUsagePoint gave no Location")
        device.value("mRID", mrid(lfdi, what))
        locations.append(loc)
    device.check(len(set(locations)) == 2, "two MirrorUsagePoints got the same Location %s" % locations)
    _, again, _ = device.request(
        "metering: POST MirrorUsagePoint site again", "POST", mups_href,
        mirror_usage_point(lfdi, "site", "Site connection point", "03"), expect=(204, 201),
    )
    device.check(
        again.getheader("Location") == locations[0], "the same mRID again got another Location"
    )
    for (what, description, flags, value, uom, kind), loc in zip(mirrors, locations):
        body = mirror_meter_reading(lfdi, what + "-w", description + " (W)", value, now, uom, kind)
        device.request("metering: POST MirrorMeterReading " + what, "POST", loc, body, expect=(201,))
        device.value("value", value)
        back = device.get("metering: MirrorUsagePoint " + what, loc)
        device.value("mRID", text(back, "mRID"))
        device.value("deviceLFDI", text(back, "deviceLFDI"))
        device.check(
            text(back, "mRID") == mrid(lfdi, what), "MirrorUsagePoint read back has another mRID"
        )
    mup_mrids = []
    for s in range(3):
        page = device.get("paging: MirrorUsagePointList s=%d l=1" % s, with_query(mups_href, s=s, l=1))
        items = [text(m, "mRID") for m in children(page, "MirrorUsagePoint")]
        device.value("all", as_int(page.get("all")) if page is not None else None)
        device.value("results", as_int(page.get("results")) if page is not None else None)
        device.check(
            page is not None and as_int(page.get("all")) == 2, "MirrorUsagePointList all is not 2"
        )
        device.check(
            len(items) == (1 if s < 2 else 0),
            "MirrorUsagePointList page %d has %d items" % (s, len(items)),
        )
        mup_mrids.extend(items)
    device.check(sorted(mup_mrids) == sorted(mrid(lfdi, w) for w, *_ in mirrors),
                 "the MirrorUsagePointList pages are not the two mirrors")

    # ---- HTTP errors ----
    def error_values(root):
        device.value("reasonCode", as_int(text(root, "reasonCode")))

    unknown = location + "/no-such-resource"
    _, _, root = device.request("errors: unknown path", "GET", unknown, expect=(404,))
    error_values(root)
    _, r, root = device.request("errors: DELETE DeviceCapability", "DELETE", dcap_href, expect=(405,))
    device.check(r.getheader("Allow") is not None and "GET" in r.getheader("Allow"),
                 "405 without an Allow header naming GET")
    error_values(root)
    settings_href = link(der, "DERSettingsLink")
    truncated = ('<DERSettings xmlns="%s"><setGradW>' % NS).encode()
    _, _, root = device.request(
        "errors: malformed XML", "PUT", settings_href, truncated, expect=(400,)
    )
    error_values(root)
    _, _, root = device.request(
        "errors: wrong Content-Type", "PUT", settings_href, der_settings(now),
        content_type="application/xml", expect=(415,),
    )
    error_values(root)
    back = device.get("errors: DERSettings unchanged", settings_href)
    device.value("setMaxW/value", text(back, "setMaxW/value"))
    device.check(text(back, "setMaxW/value") == "4800", "a refused PUT changed the DERSettings")


def csip_readings_mirror(lfdi, pen):
    """A CSIP-AUS site MirrorUsagePoint with its W MirrorMeterReading: mRIDs end in the PEN."""
    suffix = "%08d" % pen

    def build(r):
        element(r, "mRID", mrid(lfdi, "csip-site")[:24] + suffix)
        element(r, "description", "Site connection point")
        element(r, "roleFlags", "03")  # is mirror, is premises aggregation point
        element(r, "serviceCategoryKind", 0)
        element(r, "status", 1)
        element(r, "deviceLFDI", lfdi)
        mmr = element(r, "MirrorMeterReading")
        element(mmr, "mRID", mrid(lfdi, "csip-site-w")[:24] + suffix)
        element(mmr, "description", "Site active power (W)")
        rt = element(mmr, "ReadingType")
        element(rt, "accumulationBehaviour", 12)
        element(rt, "commodity", 1)
        element(rt, "dataQualifier", 2)  # average
        element(rt, "flowDirection", 1)
        element(rt, "intervalLength", 60)
        element(rt, "kind", 37)  # power
        element(rt, "phase", 0)
        element(rt, "powerOfTenMultiplier", 0)
        element(rt, "uom", 38)  # W

    return document("MirrorUsagePoint", build)


def csip_reading(lfdi, pen, minute, value):
    def build(r):
        element(r, "mRID", mrid(lfdi, "csip-site-w")[:24] + "%08d" % pen)
        reading = element(r, "Reading")
        period = element(reading, "timePeriod")
        element(period, "duration", 60)
        element(period, "start", minute)
        element(reading, "value", value)

    return document("MirrorMeterReading", build)


def csip_metering(device, mups_href, tm_href, lfdi):
    """The site mirror, then device.meter readings, one per postRate."""
    _, r, _ = device.request(
        "metering: POST site MirrorUsagePoint", "POST", mups_href,
        csip_readings_mirror(lfdi, device.pen), expect=(201, 204),
    )
    loc = device.require(r.getheader("Location"), "POST MirrorUsagePoint gave no Location")
    mup = device.get("metering: site MirrorUsagePoint", loc)
    post_rate = as_int(text(mup, "postRate")) or 300
    device.value("postRate", post_rate)
    for n in range(device.meter):
        tm = device.get("metering: Time %d" % n, tm_href)
        now = as_int(text(tm, "currentTime")) or int(time.time())
        minute = now - now % 60
        device.request(
            "metering: POST reading %d" % n, "POST", loc,
            csip_reading(lfdi, device.pen, minute, 1200 + n), expect=(201, 204),
        )
        device.value("start", minute)
        if n + 1 == device.meter:
            break
        if device.clock_admin:
            request = urllib.request.Request(
                device.clock_admin.rstrip("/") + "/clock/advance",
                data=json.dumps({"seconds": post_rate}).encode("ascii"),
                headers={"Content-Type": "application/json"},
                method="POST",
            )
            with urllib.request.urlopen(request, timeout=10) as answer:
                moved = json.loads(answer.read().decode("utf-8"))
            device.steps.append(
                {"step": "metering: clock advanced %d s" % post_rate, "values": moved}
            )
        else:
            time.sleep(post_rate)


def main(argv):
    parser = argparse.ArgumentParser(description="a scripted 2030.5 device client")
    parser.add_argument("host")
    parser.add_argument("port")
    parser.add_argument("chain", help="the device certificate and its intermediates (PEM)")
    parser.add_argument("key", help="the device key (PEM)")
    parser.add_argument("ca", help="the SERCA (PEM)")
    parser.add_argument(
        "--pin", type=int, default=None, help="the registration pIN the device was given"
    )
    parser.add_argument("--dcap", default="/dcap", help="the DeviceCapability URI (default /dcap)")
    parser.add_argument(
        "--meter", type=int, default=0,
        help="after registration, post N CSIP-AUS site readings, one per postRate, and stop",
    )
    parser.add_argument("--pen", type=int, default=0, help="the IANA PEN mRIDs end in (default 0)")
    parser.add_argument(
        "--clock-admin", default=None,
        help="the admin interface's URL: advance the utility clock instead of sleeping",
    )
    args = parser.parse_args(argv)

    lfdi, sfdi = identity(args.chain)
    device = Device(args.host, args.port, args.chain, args.key, args.ca)
    device.lfdi, device.sfdi = lfdi, sfdi
    device.meter, device.pen, device.clock_admin = args.meter, args.pen, args.clock_admin
    error = None
    try:
        run(device, args.dcap, args.pin)
    except StopFlow as e:
        error = str(e)
    except (ssl.SSLError, OSError, http.client.HTTPException) as e:
        error = "%s: %s" % (type(e).__name__, e)
        device.failures.append(error)
    except Exception as e:  # a bug of this script, or an answer it cannot read: still one JSON
        traceback.print_exc()
        error = "%s: %s" % (type(e).__name__, e)
        device.failures.append(error)
    finally:
        device.close()
    out = {
        "ok": not device.failures,
        "device": {"lFDI": lfdi, "sFDI": sfdi},
        "tls": device.tls,
        "python": sys.version.split()[0],
        "openssl": ssl.OPENSSL_VERSION,
        "steps": device.steps,
        "failures": device.failures,
    }
    if error:
        out["stopped"] = error
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
