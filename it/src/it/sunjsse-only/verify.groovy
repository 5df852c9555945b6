// Without bctls the tests can only use SunJSSE, which has no CCM: jsse.bctls-missing, with the fix.
def log = new File(basedir, 'build.log').text
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sep2/verify-tls.json'))

def errors = report.findings.findAll { it.severity == 'ERROR' }
assert errors*.id == ['jsse.bctls-missing'] : "errors: ${errors*.id}"
def finding = errors[0]
assert finding.actual.contains('SunJSSE')
assert finding.fix.contains('bctls-jdk18on') && finding.fix.contains('BouncyCastleJsseProvider')
assert finding.fix.contains('TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8')
assert log =~ /\[ERROR\] ERROR\s+jsse\.bctls-missing\s+test classpath/
assert log =~ /INFO\s+jsse\.jvm-default\s+JVM default SSLContext\s+Java [^:]+: SSLContext\.getDefault\(\) is SunJSSE/
// the device keystore itself is fine, and the loopback handshake (plugin-side BCJSSE) works
assert report.findings.find { it.id == 'handshake.loopback' }.severity == 'OK'
return true
