"""A 2030.5 client in Python (standard library only): TLS 1.2, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8,
the device certificate; GET /dcap, then the first TimeLink or EndDeviceListLink it names.

Usage: python3 sep2_client.py HOST PORT DEVICE_CHAIN DEVICE_KEY SERCA
"""
import http.client
import re
import ssl
import sys


def main(host, port, chain, key, ca):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    # OpenSSL 3.2 and later put CCM8 (64-bit tag) at security level 0
    ctx.set_ciphers("ECDHE-ECDSA-AES128-CCM8" + (":@SECLEVEL=0" if ssl.OPENSSL_VERSION_INFO >= (3, 2) else ""))
    ctx.check_hostname = False  # 2030.5 server certificates carry no host name; the chain is still verified
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(ca)
    ctx.load_cert_chain(chain, key)
    conn = http.client.HTTPSConnection(host, int(port), context=ctx, timeout=10)
    headers = {"Accept": "application/sep+xml; level=-S1"}
    try:
        conn.request("GET", "/dcap", headers=headers)
        response = conn.getresponse()
        body = response.read().decode("utf-8")
        print("TLS %s %s" % (conn.sock.version(), conn.sock.cipher()[0]))
        print("GET /dcap -> %d" % response.status)
        print(body)
        link = re.search(r'<(?:TimeLink|EndDeviceListLink)\b[^>]*\bhref="([^"]+)"', body)
        if not link:
            raise SystemExit("ERROR no TimeLink or EndDeviceListLink in /dcap")
        conn.request("GET", link.group(1), headers=headers)  # same connection (keep-alive)
        response = conn.getresponse()
        print("GET %s -> %d" % (link.group(1), response.status))
        print(response.read().decode("utf-8"))
    finally:
        conn.close()


if __name__ == "__main__":
    try:
        main(*sys.argv[1:6])
    except (ssl.SSLError, OSError) as e:
        print("ERROR %s" % e)
        sys.exit(1)
