// Each broken keystore fails with its own finding id, on its own subject; the build fails once
// with a MojoFailureException listing every failed check; no password is printed or written.
def log = new File(basedir, 'build.log').text
def json = new File(basedir, 'target/sep2/verify-tls.json')
def report = new groovy.json.JsonSlurper().parse(json)

def has = { String id, String subject ->
  assert report.findings.any { it.id == id && it.severity == 'ERROR' && it.subject.startsWith(subject) } :
      "no ERROR $id for $subject in ${report.findings.collect { it.id + ' ' + it.subject }}"
  assert log =~ ~("(?m)^\\[ERROR\\] ERROR\\s+" + java.util.regex.Pattern.quote(id) + "\\s+" + java.util.regex.Pattern.quote(subject))
}
has('profile.key.type', 'keystores/rsa-device.p12')
has('profile.key.curve', 'keystores/p384-device.p12')
has('profile.sig.algorithm', 'keystores/sha1-device.p12')
has('keystore.wrong-password', 'target/pki/device.p12')
has('keystore.missing', 'keystores/missing.p12')

// each id belongs to its own keystore only
assert !report.findings.any { it.id == 'profile.key.curve' && !it.subject.startsWith('keystores/p384') }
assert !report.findings.any { it.id == 'profile.key.type' && !it.subject.startsWith('keystores/rsa') }
assert report.findings.find { it.id == 'profile.sig.algorithm' && it.subject.startsWith('keystores/sha1') }
    .actual.startsWith('SHA1withECDSA')
assert report.findings.find { it.id == 'keystore.missing' }.actual.contains('file does not exist')
assert report.findings.find { it.id == 'keystore.wrong-password' }.actual.contains('wrong password')

// one failure listing them all, not only the first
assert report.passed == false
assert log.contains('sep2:verify-tls found ')
def listed = log.readLines().findAll { it =~ /^\[ERROR\]\s+\d+\. ERROR / }
assert listed.size() == report.counts.ERROR
assert listed.any { it.contains('keystore.missing') } && listed.any { it.contains('profile.key.type') }

['Wrong-Pw-do-not-print-41c7', 'fixture-pass-1234', 'Right-Pw-for-pki-93b2'].each { secret ->
  [log, json.text, new File(basedir, 'target/sep2/verify-tls.txt').text].each {
    assert !it.contains(secret) : 'a password leaked'
  }
}
return true
