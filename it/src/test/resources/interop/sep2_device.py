#!/usr/bin/env python3
"""A scripted IEEE 2030.5 device client in Python 3, standard library only.

It speaks only what 2030.5 allows (TLS 1.2, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, the device's
certificate), knows only /dcap and finds every other resource by following links, as a real device
must. It prints one JSON document (what it did, what it got, what it found wrong) on stdout and
exits 0 when every check passed, 1 otherwise; progress goes to stderr.

Modes:
  flow       discovery, registration (EndDevice POST twice, Registration pIN: with --pin it
             stops when the server serves another one, as a device must), the four DER
             documents (PUT, then GET back), FSA -> DERProgram -> DefaultDERControl and
             DERControlList (twice: stable mRIDs and creationTime), a list paged with s/l, two
             MirrorUsagePoints with readings, and the server's 404, 405 + Allow, 400 and 415.
  controls   polls the programs' DERControlList and ActiveDERControlList (and /tm, for the utility's
             time) every --interval seconds and answers each control with DERControlResponses:
             received (1) when first seen, started (2) at its start (plus a random delay within its
             randomizeStart), completed (3) at its end, cancelled (6) or superseded (7) when the
             utility says so. Survives comms faults: honours Retry-After, reconnects with back-off.
  subscribe  runs its own HTTPS server (TLS 1.2 CCM_8, the device's certificate as server
             certificate, the utility's certificate required and checked against the SERCA),
             POSTs a Subscription to its program's DERControlList with that notificationURI, and
             records every Notification that arrives.
  meter      registers, then posts a CSIP-AUS site MirrorUsagePoint (roleFlags 03, mRIDs ending in
             --pen) and --readings site W readings, one per postRate; with --clock-admin URL it
             moves the utility clock on by the postRate through the admin interface instead of
             waiting (a test shortcut).

Usage: python3 sep2_device.py MODE --host H --port P --cert DEVICE_CHAIN.pem --key DEVICE_KEY.pem
           --ca SERCA.pem [--pin 111115] [--interval 0.2] [--duration 30] [options]
SIGTERM (or --duration) ends the controls and subscribe modes; the JSON is printed either way.
"""
import argparse
import base64
import hashlib
import http.client
import json
import random
import re
import signal
import ssl
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NS = "urn:ieee:std:2030.5:ns"
SEP_XML = "application/sep+xml"
NSMAP = {"s": NS}
CCM8 = "ECDHE-ECDSA-AES128-CCM8"

# Response status codes (2030.5 Table 27)
RECEIVED, STARTED, COMPLETED, CANCELLED, SUPERSEDED = 1, 2, 3, 6, 7
# EventStatus currentStatus
SCHEDULED, ACTIVE, EV_CANCELLED, EV_CANCELLED_RANDOM, EV_SUPERSEDED = 0, 1, 2, 3, 4

STOP = threading.Event()


def log(message):
    print("[sep2_device %.3f] %s" % (time.time(), message), file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# identity
# --------------------------------------------------------------------------------------------


def pem_certificates(path):
    """The DER bytes of every certificate in a PEM file, in file order."""
    with open(path, "r", encoding="ascii") as f:
        text = f.read()
    blocks = re.findall(r"-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", text, re.S)
    return [base64.b64decode("".join(b.split())) for b in blocks]


def identity_of(der):
    """LFDI: the first 160 bits of SHA-256(certificate); SFDI: its first 36 bits as a decimal
    number followed by a check digit that makes the sum of all digits a multiple of 10."""
    digest = hashlib.sha256(der).hexdigest().upper()
    lfdi = digest[:40]
    digits = str(int(digest[:9], 16))
    check = (10 - sum(int(d) for d in digits) % 10) % 10
    return {"lfdi": lfdi, "sfdi": int(digits + str(check))}


# --------------------------------------------------------------------------------------------
# TLS
# --------------------------------------------------------------------------------------------


def ccm8_ciphers():
    # OpenSSL 3.2 and later put CCM8 (64-bit tag) at security level 0
    return CCM8 + (":@SECLEVEL=0" if ssl.OPENSSL_VERSION_INFO >= (3, 2) else "")


def client_context(args):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(ccm8_ciphers())
    ctx.check_hostname = False  # 2030.5 certificates carry no host name; the chain is verified
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(args.ca)
    ctx.load_cert_chain(args.cert, args.key)
    return ctx


def server_context(args):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(ccm8_ciphers())
    ctx.verify_mode = ssl.CERT_REQUIRED  # the utility presents its certificate as TLS client
    ctx.load_verify_locations(args.ca)
    ctx.load_cert_chain(args.cert, args.key)
    return ctx


# --------------------------------------------------------------------------------------------
# XML
# --------------------------------------------------------------------------------------------


def parse(body):
    if not body:
        return None
    try:
        return ET.fromstring(body)
    except ET.ParseError:
        return None


def local_name(element):
    return element.tag.split("}")[-1] if element is not None else None


def find(element, path):
    """The first element at {@code path} ('a/b', names in the 2030.5 namespace), or None."""
    if element is None:
        return None
    return element.find("/".join("s:" + p for p in path.split("/")), NSMAP)


def findall(element, name):
    return [] if element is None else element.findall("s:" + name, NSMAP)


def text(element, path, default=None):
    e = find(element, path)
    return e.text.strip() if e is not None and e.text is not None else default


def number(element, path, default=None):
    value = text(element, path)
    return int(value) if value is not None else default


def link(element, name):
    """The href of the link element {@code name}: a child, else the first descendant."""
    if element is None:
        return None
    e = element.find("s:" + name, NSMAP)
    if e is None:
        e = element.find(".//s:" + name, NSMAP)
    return e.get("href") if e is not None else None


def link_all(element, name):
    e = None if element is None else element.find(".//s:" + name, NSMAP)
    return int(e.get("all", "0")) if e is not None else 0


def doc(name, body):
    return ('<%s xmlns="%s">%s</%s>' % (name, NS, body, name)).encode("utf-8")


def el(name, value):
    return "<%s>%s</%s>" % (name, value, name)


def mv(name, value, multiplier=0):
    """A multiplier/value pair (ActivePower, ApparentPower, VoltageRMS...)."""
    return el(name, el("multiplier", multiplier) + el("value", value))


def path_of(location):
    """The path (and query) of a Location or href, absolute or not."""
    if location is None:
        return None
    parts = urllib.parse.urlsplit(location)
    return parts.path + ("?" + parts.query if parts.query else "")


def with_query(href, **query):
    return href + ("&" if "?" in href else "?") + urllib.parse.urlencode(query)


def control_summary(control):
    return {
        "mRID": text(control, "mRID"),
        "creationTime": number(control, "creationTime"),
        "currentStatus": number(control, "EventStatus/currentStatus"),
        "start": number(control, "interval/start"),
        "duration": number(control, "interval/duration"),
    }


# --------------------------------------------------------------------------------------------
# the report (the JSON printed at the end)
# --------------------------------------------------------------------------------------------


class Report:
    def __init__(self, args):
        self.lock = threading.RLock()
        self.doc = {
            "client": "sep2_device.py",
            "mode": args.mode,
            "python": sys.version.split()[0],
            "openssl": ssl.OPENSSL_VERSION,
            "server": "%s:%s" % (args.host, args.port),
            "startedAt": round(time.time(), 3),
            "identity": {},
            "tls": {},
            "steps": [],
            "polls": 0,
            "faults": [],
            "recoveries": [],
            "controls": [],
            "notifications": [],
            "errors": [],
        }

    def step(self, entry):
        with self.lock:
            entry["n"] = len(self.doc["steps"]) + 1
            self.doc["steps"].append(entry)
            return entry

    def check(self, condition, message):
        if not condition:
            with self.lock:
                self.doc["errors"].append(message)
            log("CHECK FAILED: " + message)
        return condition

    def error(self, message):
        self.check(False, message)

    def finish(self):
        with self.lock:
            self.doc["endedAt"] = round(time.time(), 3)
            self.doc["ok"] = not self.doc["errors"]
            return json.dumps(self.doc, indent=1, sort_keys=False)


class Unreachable(Exception):
    """The server did not answer (or only with 503) for longer than --retry-for."""


# --------------------------------------------------------------------------------------------
# HTTP over TLS 1.2 CCM_8, with retries
# --------------------------------------------------------------------------------------------


class Answer:
    def __init__(self, status, headers, body, step):
        self.status = status
        self.headers = headers
        self.body = body
        self.root = parse(body)
        self.step = step

    def header(self, name):
        return self.headers.get(name.lower())


class Sep2Http:
    """One keep-alive HTTPS connection to the utility server; reconnects when it drops, waits as
    long as a 503 asks (Retry-After), backs off after connection failures, and gives up on a
    request only after --retry-for seconds."""

    def __init__(self, args, report):
        self.args = args
        self.report = report
        self.context = client_context(args)
        self.conn = None
        self.down_since = None
        self.down_attempts = 0
        # no request is retried past this (the end of the controls or subscribe mode's run)
        self.hard_deadline = float("inf")

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None

    def _connection(self):
        if self.conn is None:
            self.conn = http.client.HTTPSConnection(
                self.args.host, self.args.port, context=self.context, timeout=self.args.timeout
            )
            self.conn.connect()
            tls = self.report.doc["tls"]
            if not tls:
                tls["version"] = self.conn.sock.version()
                tls["cipher"] = self.conn.sock.cipher()[0]
                peer = self.conn.sock.getpeercert(binary_form=True)
                if peer:
                    tls["serverLfdi"] = identity_of(peer)["lfdi"]
        return self.conn

    def _once(self, method, path, body, headers):
        conn = self._connection()
        reused = getattr(conn, "_sep2_used", False)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            if not reused:
                raise
            # a kept-alive connection the server had closed: once more on a new one
            conn = self._connection()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        conn._sep2_used = True
        answer_headers = {k.lower(): v for k, v in response.getheaders()}
        if response.will_close:
            self.close()
        return response.status, answer_headers, data

    def request(self, method, path, body=None, content_type=SEP_XML, what=None, poll=False):
        """Sends a request; answers an Answer. Records it as a step unless {@code poll} (a
        routine poll is only counted, unless it fails)."""
        headers = {"Accept": SEP_XML}
        if body is not None:
            headers["Content-Type"] = content_type
        deadline = min(time.time() + self.args.retry_for, self.hard_deadline)
        backoff = 1.0
        while True:
            started = time.time()
            try:
                status, answer_headers, data = self._once(method, path, body, headers)
            except (OSError, ssl.SSLError, http.client.HTTPException) as e:
                self.close()
                self._fault(method, path, error="%s: %s" % (type(e).__name__, e))
                wait = min(backoff, self.args.max_backoff)
                backoff *= 2
                if STOP.is_set() or time.time() + wait > deadline:
                    raise Unreachable("%s %s: %s" % (method, path, e))
                STOP.wait(wait)
                continue
            if status == 503:
                retry_after = answer_headers.get("retry-after")
                try:
                    wait = float(retry_after)
                except (TypeError, ValueError):
                    wait = min(backoff, self.args.max_backoff)
                    backoff *= 2
                wait = min(max(wait, 0.1), self.args.max_retry_after)
                self._fault(method, path, status=503, retry_after=retry_after)
                if STOP.is_set() or time.time() + wait > deadline:
                    raise Unreachable("%s %s: 503 for too long" % (method, path))
                STOP.wait(wait)
                continue
            self._recovered()
            step = {
                "time": round(started, 3),
                "ms": round((time.time() - started) * 1000, 1),
                "method": method,
                "path": path,
                "status": status,
            }
            if what:
                step["what"] = what
            if answer_headers.get("location"):
                step["location"] = path_of(answer_headers["location"])
            if poll and 200 <= status < 300:
                with self.report.lock:
                    self.report.doc["polls"] += 1
            else:
                self.report.step(step)
            return Answer(status, answer_headers, data, step)

    def _fault(self, method, path, status=None, error=None, retry_after=None):
        now = time.time()
        if self.down_since is None:
            self.down_since = now
            self.down_attempts = 0
            log("fault on %s %s: %s" % (method, path, error or status))
        self.down_attempts += 1
        entry = {"time": round(now, 3), "method": method, "path": path}
        if status is not None:
            entry["status"] = status
            entry["retryAfter"] = retry_after
        if error is not None:
            entry["error"] = error
        with self.report.lock:
            self.report.doc["faults"].append(entry)

    def _recovered(self):
        if self.down_since is not None:
            now = time.time()
            entry = {
                "since": round(self.down_since, 3),
                "at": round(now, 3),
                "seconds": round(now - self.down_since, 3),
                "failedAttempts": self.down_attempts,
            }
            with self.report.lock:
                self.report.doc["recoveries"].append(entry)
            log("recovered after %.1f s" % entry["seconds"])
            self.down_since = None

    def get(self, path, what=None, poll=False):
        return self.request("GET", path, what=what, poll=poll)

    def get_list(self, href, item, what=None, page=None, poll=False):
        """Every item of a 2030.5 list, page by page (s = start, l = limit)."""
        page = page or self.args.page
        items, start, pages = [], 0, 0
        while True:
            answer = self.get(with_query(href, s=start, l=page), what=what, poll=poll)
            pages += 1
            if answer.status != 200 or answer.root is None:
                return None, answer
            got = findall(answer.root, item)
            items.extend(got)
            start += len(got)
            if not got or start >= int(answer.root.get("all", "0")) or pages > 1000:
                return items, answer


# --------------------------------------------------------------------------------------------
# the device's clock, from the utility's /tm
# --------------------------------------------------------------------------------------------


class UtilityTime:
    """The utility's time as this device knows it: local time plus an offset learnt from /tm.
    /tm gives whole seconds, so each sample bounds the offset; the device keeps the lower bound
    (never acting early) and starts again when the utility's clock jumped back."""

    def __init__(self):
        self.offset = None

    def sample(self, current_time, sent, received):
        low = current_time - received
        high = current_time + 1 - sent
        if self.offset is None or high < self.offset or low > self.offset:
            self.offset = low

    def now(self):
        return time.time() + (self.offset or 0.0)


# --------------------------------------------------------------------------------------------
# the device
# --------------------------------------------------------------------------------------------


class Device:
    def __init__(self, args):
        self.args = args
        self.report = Report(args)
        self.http = Sep2Http(args, self.report)
        chain = pem_certificates(args.cert)
        if not chain:
            raise SystemExit("no certificate in " + args.cert)
        self.me = identity_of(chain[0])
        self.report.doc["identity"] = dict(self.me)
        self.clock = UtilityTime()
        self.links = {}
        self.end_device = None
        self.end_device_href = None

    # -- discovery and registration -----------------------------------------------------------

    def discover(self):
        r = self.report
        dcap = self.http.get(self.args.dcap, what="DeviceCapability")
        if not r.check(dcap.status == 200 and local_name(dcap.root) == "DeviceCapability",
                       "GET %s: expected 200 DeviceCapability, got %s %s"
                       % (self.args.dcap, dcap.status, local_name(dcap.root))):
            return False
        for name in ("TimeLink", "EndDeviceListLink", "MirrorUsagePointListLink",
                     "SelfDeviceLink"):
            self.links[name] = link(dcap.root, name)
        dcap.step["pollRate"] = int(dcap.root.get("pollRate", "0")) or None
        dcap.step["links"] = {k: v for k, v in self.links.items() if v}
        r.check(self.links["TimeLink"], "DeviceCapability has no TimeLink")
        r.check(self.links["EndDeviceListLink"], "DeviceCapability has no EndDeviceListLink")
        self.sync_time(what="Time")
        return bool(self.links["EndDeviceListLink"])

    def sync_time(self, what=None, poll=False):
        href = self.links.get("TimeLink")
        if not href:
            return
        sent = time.time()
        tm = self.http.get(href, what=what, poll=poll)
        received = time.time()
        current = number(tm.root, "currentTime")
        if tm.status == 200 and current is not None:
            self.clock.sample(current, sent, received)
            if what:
                tm.step["currentTime"] = current
                tm.step["tzOffset"] = number(tm.root, "tzOffset")
                tm.step["quality"] = number(tm.root, "quality")
                tm.step["offsetSeconds"] = round(self.clock.offset, 3)
        else:
            self.report.error("GET %s: expected 200 Time with currentTime, got %s"
                              % (href, tm.status))

    def own_end_device(self, devices):
        for device in devices or []:
            if number(device, "sFDI") == self.me["sfdi"]:
                return device
        return None

    def end_device_document(self):
        return doc("EndDevice",
                   el("lFDI", self.me["lfdi"]) + el("sFDI", self.me["sfdi"])
                   + el("changedTime", int(self.clock.now())))

    def register(self, twice=False):
        """Finds this device's EndDevice in the EndDeviceList, registering it (POST) when it is not
        there; with {@code twice} POSTs in any case, and once more, as a device that rebooted."""
        r = self.report
        href = self.links["EndDeviceListLink"]
        devices, answer = self.http.get_list(href, "EndDevice", what="EndDeviceList")
        if not r.check(devices is not None, "GET %s: %s" % (href, answer.status)):
            return False
        answer.step["all"] = int(answer.root.get("all", "0"))
        own = self.own_end_device(devices)
        if own is not None and own.get("href"):
            self.end_device_href = own.get("href")
        if own is None or twice:
            first = self.http.request("POST", href, self.end_device_document(), what="EndDevice")
            first.step["sFDI"] = self.me["sfdi"]
            r.check(first.status in (201, 204) and first.header("location"),
                    "POST %s: expected 201 (or 204) + Location, got %s %s"
                    % (href, first.status, first.header("location")))
            location = path_of(first.header("location"))
            if twice:
                again = self.http.request("POST", href, self.end_device_document(),
                                          what="EndDevice again")
                again.step["sFDI"] = self.me["sfdi"]
                r.check(again.status in (201, 204)
                        and path_of(again.header("location")) == location,
                        "POST %s again: expected 204 + the same Location %s, got %s %s"
                        % (href, location, again.status, again.header("location")))
            self.end_device_href = location or self.end_device_href
        if not self.end_device_href:
            r.error("no EndDevice for sFDI %s" % self.me["sfdi"])
            return False
        ed = self.http.get(self.end_device_href, what="EndDevice")
        if not r.check(ed.status == 200 and local_name(ed.root) == "EndDevice",
                       "GET %s: expected 200 EndDevice, got %s" % (self.end_device_href, ed.status)):
            return False
        self.end_device = ed.root
        ed.step["sFDI"] = number(ed.root, "sFDI")
        ed.step["lFDI"] = text(ed.root, "lFDI")
        r.check(ed.step["sFDI"] == self.me["sfdi"],
                "EndDevice sFDI %s is not mine (%s)" % (ed.step["sFDI"], self.me["sfdi"]))
        if ed.step["lFDI"] is not None:
            r.check(ed.step["lFDI"].upper() == self.me["lfdi"],
                    "EndDevice lFDI %s is not mine (%s)" % (ed.step["lFDI"], self.me["lfdi"]))
        for name in ("RegistrationLink", "DERListLink", "FunctionSetAssignmentsListLink",
                     "SubscriptionListLink", "LogEventListLink"):
            self.links[name] = link(ed.root, name)
        return True

    def check_registration(self):
        r = self.report
        href = self.links.get("RegistrationLink")
        if not r.check(href, "EndDevice has no RegistrationLink"):
            return self.args.pin is None
        rg = self.http.get(href, what="Registration")
        pin = text(rg.root, "pIN")
        rg.step["pIN"] = pin
        rg.step["dateTimeRegistered"] = number(rg.root, "dateTimeRegistered")
        r.check(rg.status == 200, "GET %s: %s" % (href, rg.status))
        if self.args.pin is not None:
            return r.check(pin == str(self.args.pin),
                           "Registration pIN %s is not the PIN this device was given (%s): it does"
                           " not go on with this server" % (pin, self.args.pin))
        return True

    def programs(self):
        """FSA list -> each FSA -> DERProgramList -> the programs, by primacy."""
        r = self.report
        href = self.links.get("FunctionSetAssignmentsListLink")
        if not href:
            return []
        fsas, answer = self.http.get_list(href, "FunctionSetAssignments",
                                          what="FunctionSetAssignmentsList")
        if fsas is None:
            r.error("GET %s: %s" % (href, answer.status))
            return []
        answer.step["all"] = int(answer.root.get("all", "0"))
        programs = []
        for fsa in fsas:
            fsa_href = fsa.get("href")
            one = self.http.get(fsa_href, what="FunctionSetAssignments")
            r.check(one.status == 200, "GET %s: %s" % (fsa_href, one.status))
            list_href = link(one.root if one.root is not None else fsa, "DERProgramListLink")
            if not list_href:
                continue
            found, answer = self.http.get_list(list_href, "DERProgram", what="DERProgramList")
            if found is None:
                r.error("GET %s: %s" % (list_href, answer.status))
                continue
            answer.step["all"] = int(answer.root.get("all", "0"))
            for program in found:
                programs.append({
                    "href": program.get("href"),
                    "mRID": text(program, "mRID"),
                    "primacy": number(program, "primacy"),
                    "description": text(program, "description"),
                    "dderc": link(program, "DefaultDERControlLink"),
                    "derc": link(program, "DERControlListLink"),
                    "actderc": link(program, "ActiveDERControlListLink"),
                })
        programs.sort(key=lambda p: (p["primacy"] if p["primacy"] is not None else 256))
        return programs

    # -- flow mode ----------------------------------------------------------------------------

    def der_documents(self):
        now = int(self.clock.now())
        return {
            "DERCapabilityLink": ("DERCapability", doc(
                "DERCapability",
                el("modesSupported", "0010008C")
                + mv("rtgMaxA", 25) + mv("rtgMaxVA", 5000) + mv("rtgMaxVar", 3000)
                + mv("rtgMaxW", 5000) + mv("rtgVNom", 230) + el("type", 4))),
            "DERSettingsLink": ("DERSettings", doc(
                "DERSettings",
                el("modesEnabled", "0010008C") + el("setGradW", 100)
                + mv("setMaxVA", 5000) + mv("setMaxVar", 3000) + mv("setMaxW", 5000)
                + mv("setVNom", 230) + el("updatedTime", now))),
            "DERStatusLink": ("DERStatus", doc(
                "DERStatus",
                el("genConnectStatus", el("dateTime", now) + el("value", "01"))
                + el("inverterStatus", el("dateTime", now) + el("value", 4))
                + el("operationalModeStatus", el("dateTime", now) + el("value", 2))
                + el("readingTime", now))),
            "DERAvailabilityLink": ("DERAvailability", doc(
                "DERAvailability",
                el("availabilityDuration", 3600) + el("readingTime", now)
                + mv("statVarAvail", 3000) + mv("statWAvail", 4500))),
        }

    def der(self):
        r = self.report
        href = self.links.get("DERListLink")
        if not r.check(href, "EndDevice has no DERListLink"):
            return
        ders, answer = self.http.get_list(href, "DER", what="DERList")
        if not r.check(ders, "GET %s: no DER (%s)" % (href, answer.status)):
            return
        der = ders[0]
        one = self.http.get(der.get("href"), what="DER")
        if one.status == 200 and one.root is not None:
            der = one.root
        self.links["derg"] = link(der, "DERSettingsLink")
        for link_name, (root, body) in self.der_documents().items():
            target = link(der, link_name)
            if not r.check(target, "DER has no " + link_name):
                continue
            put = self.http.request("PUT", target, body, what=root)
            r.check(put.status in (200, 201, 204), "PUT %s %s: %s" % (target, root, put.status))
            back = self.http.get(target, what=root + " back")
            r.check(back.status == 200 and local_name(back.root) == root,
                    "GET %s after PUT: %s %s" % (target, back.status, local_name(back.root)))
            sent = parse(body)
            # the key value of each document must come back as it was PUT
            key = {"DERCapability": "rtgMaxW/value", "DERSettings": "setMaxW/value",
                   "DERStatus": "inverterStatus/value",
                   "DERAvailability": "statWAvail/value"}[root]
            back.step[key] = text(back.root, key)
            r.check(text(back.root, key) == text(sent, key),
                    "%s %s came back as %s, was PUT as %s"
                    % (root, key, text(back.root, key), text(sent, key)))

    def program_flow(self):
        r = self.report
        programs = self.programs()
        if not r.check(programs, "no DERProgram reachable from the FunctionSetAssignments"):
            return
        p = programs[0]
        program = self.http.get(p["href"], what="DERProgram")
        program.step["mRID"] = p["mRID"]
        program.step["primacy"] = p["primacy"]
        r.check(program.status == 200, "GET %s: %s" % (p["href"], program.status))
        if r.check(p["dderc"], "DERProgram %s has no DefaultDERControlLink" % p["href"]):
            dd = self.http.get(p["dderc"], what="DefaultDERControl")
            r.check(dd.status == 200 and local_name(dd.root) == "DefaultDERControl",
                    "GET %s: %s" % (p["dderc"], dd.status))
            dd.step["mRID"] = text(dd.root, "mRID")
            base = find(dd.root, "DERControlBase")
            dd.step["DERControlBase"] = (
                {local_name(c): (c.text.strip() if c.text and c.text.strip()
                                 else {local_name(g): g.text for g in c})
                 for c in base} if base is not None else {})
        if not r.check(p["derc"], "DERProgram %s has no DERControlListLink" % p["href"]):
            return
        first, a1 = self.http.get_list(p["derc"], "DERControl", what="DERControlList")
        second, a2 = self.http.get_list(p["derc"], "DERControl", what="DERControlList again")
        if first is None or second is None:
            r.error("GET %s: %s / %s" % (p["derc"], a1.status, a2.status))
            return
        s1 = [control_summary(c) for c in first]
        s2 = [control_summary(c) for c in second]
        a1.step["controls"] = s1
        a2.step["controls"] = s2
        key = lambda s: [(c["mRID"], c["creationTime"]) for c in s]
        r.check(key(s1) == key(s2),
                "DERControlList changed between two GETs: %s then %s" % (key(s1), key(s2)))
        r.check(len(set(c["mRID"] for c in s1)) == len(s1), "two DERControls share an mRID")
        # the same list one item per page: s=0,1,2... with l=1
        paged = []
        for s in range(len(s1)):
            page = self.http.get(with_query(p["derc"], s=s, l=1), what="DERControlList page")
            items = findall(page.root, "DERControl")
            page.step["all"] = int(page.root.get("all", "0")) if page.root is not None else None
            page.step["results"] = (int(page.root.get("results", "0"))
                                    if page.root is not None else None)
            page.step["mRIDs"] = [text(c, "mRID") for c in items]
            r.check(page.status == 200 and len(items) == 1 and page.step["results"] == 1,
                    "GET %s?s=%d&l=1: %s with %d items" % (p["derc"], s, page.status, len(items)))
            paged.extend(page.step["mRIDs"])
        r.check(paged == [c["mRID"] for c in s1],
                "the DERControlList paged with l=1 (%s) is not the whole list (%s)"
                % (paged, [c["mRID"] for c in s1]))
        self.report.doc["paging"] = {"list": p["derc"], "all": len(s1), "pages": len(paged)}

    def mirror_documents(self):
        now = int(self.clock.now())
        lfdi = self.me["lfdi"]

        def mrid(label):
            return hashlib.sha256((lfdi + label).encode()).hexdigest()[:32].upper()

        def reading_type(uom, kind):
            return el("ReadingType",
                      el("accumulationBehaviour", 12) + el("commodity", 1)
                      + el("dataQualifier", 2) + el("flowDirection", 1)
                      + el("intervalLength", 300) + el("kind", kind) + el("phase", 0)
                      + el("powerOfTenMultiplier", 0) + el("uom", uom))

        def reading(value):
            return el("Reading", el("qualityFlags", "0001")
                      + el("timePeriod", el("duration", 300) + el("start", now - 300))
                      + el("value", value))

        mups = []
        for label, role, description, uom, kind, value in (
                ("site", "0003", "site real power", 38, 37, 1234),
                ("der", "0049", "DER real power", 38, 37, 4321)):
            mmr_mrid = mrid(label + "-power")
            mup = doc("MirrorUsagePoint",
                      el("mRID", mrid(label)) + el("description", description)
                      + el("roleFlags", role) + el("serviceCategoryKind", 0) + el("status", 1)
                      + el("deviceLFDI", lfdi)
                      + el("MirrorMeterReading",
                           el("mRID", mmr_mrid) + el("description", description)
                           + reading_type(uom, kind)))
            mmr = doc("MirrorMeterReading",
                      el("mRID", mmr_mrid) + el("description", description)
                      + el("lastUpdateTime", now) + el("nextUpdateTime", now + 300)
                      + reading(value) + reading_type(uom, kind))
            mups.append((label, mrid(label), mup, mmr))
        return mups

    def metering(self):
        r = self.report
        href = self.links.get("MirrorUsagePointListLink")
        if not r.check(href, "DeviceCapability has no MirrorUsagePointListLink"):
            return
        locations = []
        for label, mrid, mup, mmr in self.mirror_documents():
            created = self.http.request("POST", href, mup, what="MirrorUsagePoint " + label)
            created.step["mRID"] = mrid
            location = path_of(created.header("location"))
            r.check(created.status in (201, 204) and location,
                    "POST %s MirrorUsagePoint %s: expected 201 + Location, got %s %s"
                    % (href, label, created.status, location))
            if not location:
                continue
            locations.append(location)
            posted = self.http.request("POST", location, mmr, what="MirrorMeterReading " + label)
            r.check(posted.status in (200, 201, 204),
                    "POST %s MirrorMeterReading: %s" % (location, posted.status))
            back = self.http.get(location, what="MirrorUsagePoint " + label)
            back.step["mRID"] = text(back.root, "mRID")
            r.check(back.status == 200 and text(back.root, "mRID") == mrid,
                    "GET %s: %s, mRID %s" % (location, back.status, text(back.root, "mRID")))
        r.check(len(set(locations)) == 2,
                "two MirrorUsagePoints should have two Locations, got %s" % locations)
        mups, answer = self.http.get_list(href, "MirrorUsagePoint", what="MirrorUsagePointList")
        if mups is not None:
            answer.step["all"] = int(answer.root.get("all", "0"))

    def error_answers(self):
        """What the server answers to what it must refuse: each with a 2030.5 Error document."""
        r = self.report
        dcap = self.args.dcap
        derg = self.links.get("derg")

        def expect(answer, status, label):
            answer.step["expected"] = status
            answer.step["reasonCode"] = number(answer.root, "reasonCode")
            r.check(answer.status == status,
                    "%s: expected %d, got %d" % (label, status, answer.status))
            r.check(local_name(answer.root) == "Error",
                    "%s: the %d carries no 2030.5 Error document" % (label, answer.status))
            return answer

        expect(self.http.get(dcap + "/no-such-resource", what="unknown path"), 404, "unknown path")
        deleted = expect(self.http.request("DELETE", dcap, what="DELETE DeviceCapability"), 405,
                         "DELETE " + dcap)
        allow = deleted.header("allow")
        deleted.step["allow"] = allow
        r.check(allow and "GET" in allow, "405 without an Allow header naming GET: %s" % allow)
        if r.check(derg, "no DERSettingsLink for the 400 and 415 checks"):
            expect(self.http.request("PUT", derg, b'<DERSettings xmlns="%s"><setGradW>'
                                     % NS.encode(), what="malformed DERSettings"),
                   400, "PUT malformed XML")
            body = self.der_documents()["DERSettingsLink"][1]
            expect(self.http.request("PUT", derg, body, content_type="text/plain",
                                     what="DERSettings as text/plain"),
                   415, "PUT with Content-Type text/plain")

    def flow(self):
        if not self.discover():
            return
        if not self.register(twice=True):
            return
        if not self.check_registration():
            return
        self.der()
        self.program_flow()
        self.metering()
        self.error_answers()

    # -- meter mode ---------------------------------------------------------------------------

    def site_mirror(self):
        """A CSIP-AUS site MirrorUsagePoint (roleFlags 03) with its active-power reading; the
        mRIDs end in the IANA PEN (--pen), as CSIP-AUS asks."""
        lfdi, suffix = self.me["lfdi"], "%08d" % self.args.pen

        def mrid(label):
            return hashlib.sha256((lfdi + label).encode()).hexdigest()[:24].upper() + suffix

        reading_type = el("ReadingType",
                          el("accumulationBehaviour", 12) + el("commodity", 1)
                          + el("dataQualifier", 2) + el("flowDirection", 1)
                          + el("intervalLength", 60) + el("kind", 37) + el("phase", 0)
                          + el("powerOfTenMultiplier", 0) + el("uom", 38))
        mup = doc("MirrorUsagePoint",
                  el("mRID", mrid("csip-site")) + el("description", "Site connection point")
                  + el("roleFlags", "03") + el("serviceCategoryKind", 0) + el("status", 1)
                  + el("deviceLFDI", lfdi)
                  + el("MirrorMeterReading",
                       el("mRID", mrid("csip-site-w")) + el("description", "Site active power (W)")
                       + reading_type))
        return mup, mrid("csip-site-w")

    def advance_utility_clock(self, seconds):
        """The test shortcut of --clock-admin: moves the server's utility clock on through its
        admin interface instead of waiting."""
        import urllib.request
        request = urllib.request.Request(
            self.args.clock_admin.rstrip("/") + "/clock/advance",
            data=json.dumps({"seconds": seconds}).encode("ascii"),
            headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=self.args.timeout) as answer:
            moved = json.loads(answer.read().decode("utf-8"))
        self.report.step({"what": "clock advanced", "seconds": seconds, "answer": moved})

    def meter(self):
        """Registers, then posts --readings site W readings to a site mirror, one per postRate
        (a one-minute period each, on the minute of the utility's time)."""
        r = self.report
        if not self.discover() or not self.register() or not self.check_registration():
            return
        href = self.links.get("MirrorUsagePointListLink")
        if not r.check(href, "DeviceCapability has no MirrorUsagePointListLink"):
            return
        mup, mmr_mrid = self.site_mirror()
        created = self.http.request("POST", href, mup, what="site MirrorUsagePoint")
        location = path_of(created.header("location"))
        if not r.check(created.status in (201, 204) and location,
                       "POST %s site MirrorUsagePoint: expected 201 + Location, got %s %s"
                       % (href, created.status, location)):
            return
        back = self.http.get(location, what="site MirrorUsagePoint")
        post_rate = number(back.root, "postRate") or 300
        back.step["postRate"] = post_rate
        for n in range(self.args.readings):
            self.sync_time(what="Time")
            now = int(self.clock.now())
            minute = now - now % 60
            reading = doc("MirrorMeterReading",
                          el("mRID", mmr_mrid)
                          + el("Reading", el("timePeriod", el("duration", 60) + el("start", minute))
                               + el("value", 1200 + n)))
            posted = self.http.request("POST", location, reading, what="site reading")
            posted.step["start"] = minute
            r.check(posted.status in (200, 201, 204),
                    "POST %s MirrorMeterReading: %s" % (location, posted.status))
            if n + 1 == self.args.readings or STOP.is_set():
                break
            if self.args.clock_admin:
                self.advance_utility_clock(post_rate)
            else:
                STOP.wait(post_rate)

    # -- controls mode ------------------------------------------------------------------------

    def respond(self, tracked, status):
        r = self.report
        reply_to = tracked.get("replyTo")
        now = self.clock.now()
        entry = {"status": status, "utilityTime": round(now, 3), "localTime": round(time.time(), 3)}
        if not reply_to:
            entry["skipped"] = "no replyTo"
            tracked["responses"].append(entry)
            return
        body = doc("DERControlResponse",
                   el("createdDateTime", int(now)) + el("endDeviceLFDI", self.me["lfdi"])
                   + el("status", status) + el("subject", tracked["mRID"]))
        answer = self.http.request("POST", reply_to, body, what="DERControlResponse %d" % status)
        answer.step["subject"] = tracked["mRID"]
        answer.step["responseStatus"] = status
        entry["http"] = answer.status
        entry["location"] = answer.step.get("location")
        tracked["responses"].append(entry)
        r.check(answer.status == 201, "POST %s (Response %d to %s): %s"
                % (reply_to, status, tracked["mRID"], answer.status))
        log("Response %d to %s -> %d" % (status, tracked["mRID"], answer.status))

    def responded(self, tracked, status):
        return any(x["status"] == status for x in tracked["responses"])

    def track(self, program, control):
        mrid = text(control, "mRID")
        tracked = self.tracked.get(mrid)
        if tracked is None:
            randomize = number(control, "randomizeStart", 0) or 0
            offset = random.uniform(min(0, randomize), max(0, randomize)) if randomize else 0.0
            tracked = {
                "mRID": mrid,
                "href": control.get("href"),
                "program": program["href"],
                "replyTo": control.get("replyTo"),
                "responseRequired": int(control.get("responseRequired", "0"), 16)
                if control.get("responseRequired") else 0,
                "creationTime": number(control, "creationTime"),
                "start": number(control, "interval/start"),
                "duration": number(control, "interval/duration"),
                "randomizeStart": randomize,
                "startOffset": round(offset, 3),
                "firstSeen": {"utilityTime": round(self.clock.now(), 3),
                              "localTime": round(time.time(), 3)},
                "firstActive": None,
                "statuses": [],
                "responses": [],
                "state": "scheduled",
            }
            self.tracked[mrid] = tracked
            self.report.doc["controls"].append(tracked)
            log("control %s seen: start %s duration %s randomizeStart %s"
                % (mrid, tracked["start"], tracked["duration"], randomize))
        return tracked

    def on_control(self, program, control):
        tracked = self.track(program, control)
        status = number(control, "EventStatus/currentStatus")
        if not tracked["statuses"] or tracked["statuses"][-1] != status:
            tracked["statuses"].append(status)
        required = tracked["responseRequired"]
        if required & 0x01 and not self.responded(tracked, RECEIVED):
            self.respond(tracked, RECEIVED)
        if tracked["state"] in ("cancelled", "superseded", "completed"):
            return
        if status in (EV_CANCELLED, EV_CANCELLED_RANDOM):
            tracked["state"] = "cancelled"
            if required & 0x02:
                self.respond(tracked, CANCELLED)
        elif status == EV_SUPERSEDED:
            tracked["state"] = "superseded"
            if required & 0x02:
                self.respond(tracked, SUPERSEDED)
        else:
            self.advance(tracked)

    def advance(self, tracked):
        """Starts and completes a control on the utility's time."""
        if tracked["start"] is None or tracked["duration"] is None:
            return
        now = self.clock.now()
        begin = tracked["start"] + tracked["startOffset"]
        end = begin + tracked["duration"]
        specific = tracked["responseRequired"] & 0x02
        if tracked["state"] == "scheduled" and begin <= now < end:
            tracked["state"] = "started"
            tracked["startedAt"] = {"utilityTime": round(now, 3), "localTime": round(time.time(), 3)}
            if specific:
                self.respond(tracked, STARTED)
        if tracked["state"] == "started" and now >= end:
            tracked["state"] = "completed"
            tracked["completedAt"] = {"utilityTime": round(now, 3),
                                      "localTime": round(time.time(), 3)}
            if specific:
                self.respond(tracked, COMPLETED)
        elif tracked["state"] == "scheduled" and now >= end:
            tracked["state"] = "missed"  # its whole time passed while this device did not look

    def poll_once(self, programs):
        self.sync_time(poll=True)
        for program in programs:
            if not program["derc"]:
                continue
            controls, answer = self.http.get_list(program["derc"], "DERControl", poll=True)
            if controls is None:
                self.report.error("GET %s: %s" % (program["derc"], answer.status))
                continue
            if program["actderc"]:
                active, answer = self.http.get_list(program["actderc"], "DERControl", poll=True)
                for control in active or []:
                    tracked = self.track(program, control)
                    if tracked["firstActive"] is None:
                        tracked["firstActive"] = {"utilityTime": round(self.clock.now(), 3),
                                                  "localTime": round(time.time(), 3)}
                        log("control %s is in the ActiveDERControlList" % tracked["mRID"])
            for control in controls:
                self.on_control(program, control)
        # controls that left the list (their time is over) still get their completed
        for tracked in list(self.tracked.values()):
            if tracked["state"] in ("scheduled", "started"):
                self.advance(tracked)

    def controls(self):
        self.tracked = {}
        if not self.discover() or not self.register():
            return
        deadline = time.time() + self.args.duration
        self.http.hard_deadline = deadline
        programs = []
        while not STOP.is_set() and time.time() < deadline:
            try:
                if not programs:
                    programs = [p for p in self.programs() if p["derc"]]
                    self.report.doc["programs"] = programs
                self.poll_once(programs)
            except Unreachable as e:
                self.report.doc.setdefault("unreachable", []).append(str(e))
                log("unreachable: %s" % e)
            STOP.wait(self.args.interval)

    # -- subscribe mode -----------------------------------------------------------------------

    def subscribe(self):
        r = self.report
        received = self.report.doc["notifications"]
        enough = threading.Event()
        device = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, fmt, *a):
                log("notification endpoint: " + fmt % a)

            def do_POST(self):
                arrived = time.time()
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                root = parse(body)
                peer = self.connection.getpeercert(binary_form=True)
                resource = find(root, "Resource")
                entry = {
                    "arrivedAt": round(arrived, 3),
                    "arrivedAtIso": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(arrived))
                    + ".%03dZ" % int((arrived % 1) * 1000),
                    "path": self.path,
                    "contentType": self.headers.get("Content-Type"),
                    "tls": {"version": self.connection.version(),
                            "cipher": self.connection.cipher()[0]},
                    "peerLfdi": identity_of(peer)["lfdi"] if peer else None,
                    "root": local_name(root),
                    "subscribedResource": text(root, "subscribedResource"),
                    "subscriptionURI": text(root, "subscriptionURI"),
                    "status": number(root, "status"),
                    "resourceType": resource.get("{http://www.w3.org/2001/XMLSchema-instance}"
                                                 "type") if resource is not None else None,
                    "mRIDs": [e.text for e in resource.iter("{%s}mRID" % NS)]
                    if resource is not None else [],
                    "all": int(resource.get("all")) if resource is not None
                    and resource.get("all") else None,
                }
                ok = local_name(root) == "Notification"
                self.send_response(201 if ok else 400)
                self.send_header("Content-Length", "0")
                self.end_headers()
                with r.lock:
                    received.append(entry)
                    count = len(received)
                log("notification %d: %s status %s mRIDs %s"
                    % (count, entry["subscribedResource"], entry["status"], entry["mRIDs"]))
                r.check(ok, "a POST to the notification endpoint that is no Notification: %s"
                        % entry["root"])
                if device.args.max_notifications and count >= device.args.max_notifications:
                    enough.set()

        httpd = ThreadingHTTPServer((self.args.listen_host, self.args.listen_port), Handler)
        httpd.daemon_threads = True
        # the handshake happens in the handler's thread, so a slow peer blocks nobody
        httpd.socket = server_context(self.args).wrap_socket(
            httpd.socket, server_side=True, do_handshake_on_connect=False)
        port = httpd.server_address[1]
        thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                  daemon=True)
        thread.start()
        uri = "https://%s:%d/notify" % (self.args.listen_host, port)
        self.report.doc["notificationURI"] = uri
        log("listening on " + uri)
        try:
            if not self.discover() or not self.register():
                return
            programs = [p for p in self.programs() if p["derc"]]
            sub_list = self.links.get("SubscriptionListLink")
            if not r.check(programs, "no DERProgram with a DERControlList to subscribe to") \
                    or not r.check(sub_list, "EndDevice has no SubscriptionListLink"):
                return
            resource = programs[0]["derc"]
            body = doc("Subscription",
                       el("subscribedResource", resource) + el("encoding", 0)
                       + el("level", "+S1") + el("limit", 10) + el("notificationURI", uri))
            created = self.http.request("POST", sub_list, body, what="Subscription")
            created.step["subscribedResource"] = resource
            location = path_of(created.header("location"))
            if not r.check(created.status == 201 and location,
                           "POST %s Subscription: expected 201 + Location, got %s"
                           % (sub_list, created.status)):
                return
            self.report.doc["subscription"] = location
            back = self.http.get(location, what="Subscription back")
            r.check(back.status == 200 and text(back.root, "notificationURI") == uri,
                    "GET %s: %s, notificationURI %s"
                    % (location, back.status, text(back.root, "notificationURI")))
            deadline = time.time() + self.args.duration
            self.http.hard_deadline = deadline + self.args.timeout
            while not STOP.is_set() and not enough.is_set() and time.time() < deadline:
                enough.wait(0.1)
            if self.args.unsubscribe:
                gone = self.http.request("DELETE", location, what="Subscription deleted")
                r.check(gone.status in (200, 204), "DELETE %s: %s" % (location, gone.status))
        finally:
            httpd.shutdown()
            httpd.server_close()
        if self.args.max_notifications:
            r.check(len(received) >= self.args.max_notifications,
                    "%d notifications arrived, %d expected"
                    % (len(received), self.args.max_notifications))

    def run(self):
        try:
            {"flow": self.flow, "meter": self.meter, "controls": self.controls,
             "subscribe": self.subscribe}[
                self.args.mode]()
        except Unreachable as e:
            self.report.error("server unreachable: %s" % e)
        except Exception as e:  # a bug here, or a document it could not read: still report
            import traceback
            self.report.error("%s: %s\n%s" % (type(e).__name__, e, traceback.format_exc()))
        finally:
            self.http.close()
        return self.report


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("flow", "meter", "controls", "subscribe"))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cert", required=True, help="device certificate chain, PEM")
    parser.add_argument("--key", required=True, help="device private key, PEM")
    parser.add_argument("--ca", required=True, help="the SERCA, PEM")
    parser.add_argument("--dcap", default="/dcap", help="the one URI a device is given")
    parser.add_argument("--pin", help="the registration PIN this device was given (with its check"
                                      " digit)")
    parser.add_argument("--interval", type=float, default=0.2, help="poll interval, seconds")
    parser.add_argument("--duration", type=float, default=30.0,
                        help="how long the controls and subscribe modes run, seconds")
    parser.add_argument("--page", type=int, default=10, help="list page size (l)")
    parser.add_argument("--timeout", type=float, default=10.0, help="socket timeout, seconds")
    parser.add_argument("--retry-for", type=float, default=120.0,
                        help="how long one request is retried before giving up, seconds")
    parser.add_argument("--max-backoff", type=float, default=8.0)
    parser.add_argument("--max-retry-after", type=float, default=60.0)
    parser.add_argument("--listen-host", default="127.0.0.1")
    parser.add_argument("--listen-port", type=int, default=0)
    parser.add_argument("--max-notifications", type=int, default=0,
                        help="subscribe mode: stop after this many notifications")
    parser.add_argument("--unsubscribe", action="store_true",
                        help="subscribe mode: DELETE the Subscription at the end")
    parser.add_argument("--readings", type=int, default=10,
                        help="meter mode: how many site readings to post, one per postRate")
    parser.add_argument("--pen", type=int, default=0,
                        help="meter mode: the IANA PEN the mRIDs end in (default 0)")
    parser.add_argument("--clock-admin", default=None,
                        help="meter mode: the admin interface's URL; advance the utility clock"
                             " by the postRate instead of waiting it out")
    args = parser.parse_args(argv)

    signal.signal(signal.SIGTERM, lambda *a: STOP.set())
    signal.signal(signal.SIGINT, lambda *a: STOP.set())
    device = Device(args)
    report = device.run()
    print(report.finish(), flush=True)
    return 0 if report.doc["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
