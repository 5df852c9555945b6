package io.sep2.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the CSIP-AUS schema files beside a sep.xsd and stages them under the file names their
 * {@code redefine} and {@code import} use. Only what the schema files' own root and top-level
 * elements say is read: the target namespace, and the namespace and location of each import,
 * include and redefine.
 */
final class SchemaFiles {

  private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

  /**
   * The CSIP-AUS schemas found.
   *
   * @param core the core schema, which redefines sep.xsd
   * @param sepLocation the schemaLocation under which core redefines sep.xsd
   * @param ext the extension schema, in namespace {@value Namespaces#CSIPAUS}
   * @param extLocation the schemaLocation under which core imports ext
   */
  public record CsipAus(Path core, String sepLocation, Path ext, String extLocation) {}

  private record Reference(String kind, String namespace, String location) {}

  private SchemaFiles() {}

  /**
   * Looks beside {@code sepXsd} for a CSIP-AUS core and extension schema of {@value
   * Namespaces#CSIPAUS}.
   */
  public static Optional<CsipAus> findCsipAus(Path sepXsd) throws IOException {
    Path dir = sepXsd.toAbsolutePath().getParent();
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(p -> p.getFileName().toString().startsWith("csipaus-"))
          .filter(p -> p.getFileName().toString().endsWith(".xsd"))
          .sorted()
          .forEach(candidates::add);
    }
    Path ext = null;
    for (Path p : candidates) {
      if (p.getFileName().toString().startsWith("csipaus-ext")
          && Namespaces.CSIPAUS.equals(targetNamespace(p))) {
        ext = p;
      }
    }
    if (ext == null) {
      return Optional.empty();
    }
    for (Path p : candidates) {
      if (!p.getFileName().toString().startsWith("csipaus-core")) {
        continue;
      }
      String extLocation = null;
      String sepLocation = null;
      for (Reference r : references(p)) {
        if (r.kind.equals("import") && Namespaces.CSIPAUS.equals(r.namespace)) {
          extLocation = r.location;
        } else if (r.kind.equals("redefine")) {
          sepLocation = r.location;
        }
      }
      if (extLocation != null && sepLocation != null) {
        return Optional.of(new CsipAus(p, sepLocation, ext, extLocation));
      }
    }
    return Optional.empty();
  }

  /**
   * Copies the schemas into a new temporary directory under the names they refer to each other by.
   */
  public static Path stage(Path sepXsd, CsipAus csip) throws IOException {
    Path dir = Files.createTempDirectory("sep2-schema");
    Files.copy(
        sepXsd, dir.resolve(fileName(csip.sepLocation)), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        csip.ext, dir.resolve(fileName(csip.extLocation)), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        csip.core,
        dir.resolve(csip.core.getFileName().toString()),
        StandardCopyOption.REPLACE_EXISTING);
    for (Reference r : references(csip.ext)) {
      if (!r.location.isEmpty() && !Files.exists(dir.resolve(fileName(r.location)))) {
        Files.copy(sepXsd, dir.resolve(fileName(r.location)));
      }
    }
    return dir;
  }

  /** Deletes a directory made by {@link #stage}. */
  public static void deleteStaged(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String fileName(String location) throws IOException {
    String name = Path.of(location).getFileName().toString();
    if (name.isEmpty() || name.contains("..") || location.contains(":")) {
      throw new IOException("unexpected schemaLocation " + location);
    }
    return name;
  }

  private static String targetNamespace(Path xsd) throws IOException {
    return scan(xsd, new ArrayList<>());
  }

  private static List<Reference> references(Path xsd) throws IOException {
    List<Reference> refs = new ArrayList<>();
    scan(xsd, refs);
    return refs;
  }

  /** Returns the target namespace, adding the top-level import/include/redefine references. */
  private static String scan(Path xsd, List<Reference> refs) throws IOException {
    XMLInputFactory factory = StaxFactories.input();
    try (InputStream in = Files.newInputStream(xsd)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      String target = "";
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 1) {
            target = nonNull(r.getAttributeValue(null, "targetNamespace"));
          } else if (depth == 2 && XS.equals(r.getNamespaceURI())) {
            String kind = r.getLocalName();
            if (kind.equals("import") || kind.equals("include") || kind.equals("redefine")) {
              refs.add(
                  new Reference(
                      kind,
                      nonNull(r.getAttributeValue(null, "namespace")),
                      nonNull(r.getAttributeValue(null, "schemaLocation"))));
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      r.close();
      return target;
    } catch (XMLStreamException e) {
      throw new IOException("cannot read schema " + xsd + ": " + e.getMessage(), e);
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s.strip();
  }
}
