def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('sep2:verify-tls skipped (sep2.skip)')
assert !new File(basedir, 'target/sep2').exists()
return true
