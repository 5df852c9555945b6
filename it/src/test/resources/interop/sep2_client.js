'use strict';
// A 2030.5 client in Node.js: TLS 1.2, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, device certificate.
// Usage: node sep2_client.js HOST PORT DEVICE_CHAIN DEVICE_KEY SERCA
const https = require('https');
const fs = require('fs');
const [host, port, chain, key, ca] = process.argv.slice(2);
const [major, minor] = process.versions.openssl.split('.').map(Number);
const agent = new https.Agent({
  keepAlive: true,
  maxSockets: 1,
  minVersion: 'TLSv1.2',
  maxVersion: 'TLSv1.2',
  ciphers: 'ECDHE-ECDSA-AES128-CCM8' + (major > 3 || (major === 3 && minor >= 2) ? ':@SECLEVEL=0' : ''),
  ecdhCurve: 'prime256v1',
  cert: fs.readFileSync(chain),
  key: fs.readFileSync(key),
  ca: fs.readFileSync(ca),
  checkServerIdentity: () => undefined, // 2030.5 server certificates carry no host name
});
function get(path) {
  return new Promise((resolve, reject) => {
    const req = https.get({host, port: Number(port), path, agent,
        headers: {Accept: 'application/sep+xml; level=-S1'}, timeout: 10000}, (res) => {
      const tls = res.socket.getProtocol() + ' ' + res.socket.getCipher().standardName;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({status: res.statusCode, body, tls}));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}
(async () => {
  const dcap = await get('/dcap');
  console.log('TLS ' + dcap.tls);
  console.log('GET /dcap -> ' + dcap.status);
  console.log(dcap.body);
  const m = /<(?:TimeLink|EndDeviceListLink)\b[^>]*\bhref="([^"]+)"/.exec(dcap.body);
  if (!m) throw new Error('no TimeLink or EndDeviceListLink in /dcap');
  const linked = await get(m[1]);
  console.log('GET ' + m[1] + ' -> ' + linked.status);
  console.log(linked.body);
  agent.destroy();
})().catch((e) => { console.error('ERROR ' + (e.code || '') + ' ' + e.message); process.exit(1); });
