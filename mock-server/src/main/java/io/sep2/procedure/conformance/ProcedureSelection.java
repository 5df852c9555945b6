package io.sep2.procedure.conformance;

import io.sep2.procedure.Catalog;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.cactus.CactusProcedures;
import io.sep2.procedure.cactus.ProcedureFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which procedures to run: ids from the built-in {@link Catalog}, or from a directory of CSIP-AUS
 * procedure files ({@code ALL-01.yaml} is {@code ALL-01}), in the order given; without ids, every
 * procedure of the source, in its order (catalog order, file name order).
 */
public final class ProcedureSelection {

  private ProcedureSelection() {}

  /**
   * The procedures named by {@code ids} (empty: all) from the catalog, or from {@code directory}
   * when it is not {@code null}.
   *
   * @throws IllegalArgumentException for an id there is not (naming the ids there are), a duplicate
   *     id, a directory that does not exist or has no procedure files, or a file that cannot be
   *     loaded (with every problem and its line)
   */
  public static List<Procedure> select(List<String> ids, Path directory) {
    List<String> wanted = ids == null ? List.of() : clean(ids);
    if (directory == null) {
      if (wanted.isEmpty()) {
        return Catalog.all();
      }
      Map<String, Procedure> all = new LinkedHashMap<>();
      Catalog.all().forEach(p -> all.put(p.id(), p));
      return pick(wanted, all, "the built-in catalog");
    }
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "procedure directory " + directory.toAbsolutePath() + " does not exist");
    }
    try {
      List<Path> files = CactusProcedures.yamlFiles(directory);
      if (files.isEmpty()) {
        throw new IllegalArgumentException(
            "procedure directory " + directory.toAbsolutePath() + " holds no *.yaml files");
      }
      Map<String, Path> byId = new LinkedHashMap<>();
      files.forEach(f -> byId.put(f.getFileName().toString().replaceFirst("\\.ya?ml$", ""), f));
      List<String> load = wanted.isEmpty() ? List.copyOf(byId.keySet()) : wanted;
      List<String> missing = load.stream().filter(id -> !byId.containsKey(id)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "no procedure "
                + String.join(", ", missing)
                + " in "
                + directory.toAbsolutePath()
                + "; there are "
                + String.join(", ", byId.keySet()));
      }
      List<Procedure> out = new ArrayList<>();
      for (String id : load) {
        out.add(CactusProcedures.load(byId.get(id)));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read procedure directory " + directory.toAbsolutePath() + ": " + e, e);
    } catch (ProcedureFileException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Splits comma-separated ids (blank: none). */
  public static List<String> split(String ids) {
    if (ids == null || ids.isBlank()) {
      return List.of();
    }
    return clean(List.of(ids.split(",")));
  }

  private static List<String> clean(List<String> ids) {
    List<String> out = new ArrayList<>();
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (String id : ids.stream().flatMap(s -> Stream.of(s.split(","))).toList()) {
      String t = id.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!seen.add(t)) {
        throw new IllegalArgumentException("procedure " + t + " is named twice");
      }
      out.add(t);
    }
    return out;
  }

  private static List<Procedure> pick(
      List<String> wanted, Map<String, Procedure> all, String where) {
    List<String> missing = wanted.stream().filter(id -> !all.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "no procedure "
              + String.join(", ", missing)
              + " in "
              + where
              + "; there are "
              + String.join(", ", all.keySet()));
    }
    return wanted.stream().map(all::get).toList();
  }
}
