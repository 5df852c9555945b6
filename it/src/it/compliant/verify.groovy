// A compliant project passes sep2:verify-tls; generate-pki's files pass `openssl verify`;
// the keystore password appears nowhere in the log or the reports.
def secret = 'It-Secret-Pw-6d1f'
def log = new File(basedir, 'build.log').text
def json = new File(basedir, 'target/sep2/verify-tls.json')
def txt = new File(basedir, 'target/sep2/verify-tls.txt')

assert log.contains('BUILD SUCCESS')
assert log.contains('sep2:verify-tls: PASSED')
assert log =~ /OK\s+handshake\.loopback\s+target\/pki\/device\.p12 -> mock server\s+TLSv1\.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8/
assert log =~ /OK\s+jsse\.ccm8\s+test classpath\s+BCJSSE of bctls-jdk18on/
assert log =~ /INFO\s+device\.identity\s+target\/pki\/device\.p12\s+LFDI [0-9A-F]{40}  SFDI \d+/
assert log =~ /OK\s+profile\.compliant\s+target\/pki\/device\.p12/
assert log =~ /OK\s+truststore\.anchors/
assert !(log =~ /\[(ERROR|WARNING)\]/) : 'a compliant project has no error or warning'

assert json.isFile() && txt.isFile()
def report = new groovy.json.JsonSlurper().parse(json)
assert report.passed == true
assert report.counts.ERROR == 0 && report.counts.WARNING == 0
assert report.findings.find { it.id == 'handshake.loopback' }.severity == 'OK'
assert txt.text.startsWith('sep2:verify-tls it.sep2:compliant:1.0: PASSED')

[log, json.text, txt.text].each { assert !it.contains(secret) : 'the password leaked' }

// generate-pki output: the chains verify with OpenSSL against the SERCA
def pki = new File(basedir, 'target/pki')
['serca.pem', 'device-chain.pem', 'device-key.pem', 'device.p12', 'server-chain.pem',
 'server-key.pem', 'truststore.p12', 'README.txt', 'sep2-pki.properties'].each {
  assert new File(pki, it).isFile() : "generate-pki wrote no $it"
}
['device-chain.pem', 'server-chain.pem'].each { chain ->
  def p = ['openssl', 'verify', '-CAfile', 'serca.pem', '-untrusted', chain, chain].execute(null, pki)
  def out = p.text
  p.waitFor()
  assert p.exitValue() == 0 && out.contains("$chain: OK") : "openssl verify $chain: $out"
}
assert new File(pki, 'sep2-pki.properties').text.contains('seed=compliant-it')
return true
