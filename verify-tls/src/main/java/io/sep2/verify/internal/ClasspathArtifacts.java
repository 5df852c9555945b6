package io.sep2.verify.internal;

import io.sep2.verify.internal.VerifyContext.ClasspathArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The artifacts of a classpath that no build tool resolved (the command line's {@code
 * --classpath}): each jar's {@code META-INF/maven/.../pom.properties}, else, for Bouncy Castle's
 * jars (which have none), the OSGi name and version of their manifest, else the file name ({@code
 * NAME-VERSION.jar}). Directories and files that are not jars have none.
 */
public final class ClasspathArtifacts {

  private static final Pattern POM_PROPERTIES =
      Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");
  private static final Pattern BC_BUNDLE = Pattern.compile("bc(prov|tls|util|pkix|pg|mail)");
  private static final Pattern FILE_NAME =
      Pattern.compile("(.+?)-(\\d[\\w.]*(?:-SNAPSHOT)?)\\.jar", Pattern.CASE_INSENSITIVE);
  private static final Pattern BC_FILE = Pattern.compile("bc(prov|tls|util|pkix|pg|mail)-.+");

  private ClasspathArtifacts() {}

  /** The artifacts of the jars among {@code classpath}, in classpath order. */
  public static List<ClasspathArtifact> of(List<Path> classpath) {
    List<ClasspathArtifact> out = new ArrayList<>();
    for (Path element : classpath) {
      if (Files.isRegularFile(element)) {
        out.addAll(ofJar(element));
      }
    }
    return out;
  }

  static List<ClasspathArtifact> ofJar(Path jar) {
    List<ClasspathArtifact> out = new ArrayList<>();
    Manifest manifest = null;
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      manifest = file.getManifest();
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (POM_PROPERTIES.matcher(entry.getName()).matches()) {
          Properties pom = new Properties();
          try (InputStream in = file.getInputStream(entry)) {
            pom.load(in);
          }
          String g = pom.getProperty("groupId");
          String a = pom.getProperty("artifactId");
          String v = pom.getProperty("version");
          if (g != null && a != null && v != null) {
            out.add(new ClasspathArtifact(g.trim(), a.trim(), v.trim()));
          }
        }
      }
    } catch (IOException | SecurityException e) {
      // not a readable jar: the file name is all there is
    }
    if (!out.isEmpty()) {
      return out;
    }
    if (manifest != null) {
      Attributes main = manifest.getMainAttributes();
      String name = main.getValue("Bundle-SymbolicName");
      String version = main.getValue("Bundle-Version");
      if (name != null && version != null && BC_BUNDLE.matcher(name.trim()).matches()) {
        return List.of(
            new ClasspathArtifact("org.bouncycastle", name.trim() + "-jdk18on", version.trim()));
      }
    }
    Matcher m = FILE_NAME.matcher(jar.getFileName().toString());
    if (m.matches()) {
      String artifactId = m.group(1);
      String group = BC_FILE.matcher(artifactId).matches() ? "org.bouncycastle" : "";
      return List.of(new ClasspathArtifact(group, artifactId, m.group(2)));
    }
    return List.of();
  }
}
