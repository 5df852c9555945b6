package io.sep2.bench;

import io.sep2.testing.ProcessResult;
import io.sep2.testing.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What Linux's {@code /proc} tells about a process: its CPU time and resident memory. */
final class ProcFs {

  private static final long CLOCK_TICKS_PER_SECOND = clockTicks();

  private ProcFs() {}

  /**
   * CPU seconds (user + system, all threads) process {@code pid} has used so far, from fields 14
   * and 15 of {@code /proc/<pid>/stat}; resolution one clock tick (normally 10 ms).
   */
  static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // the command name (field 2) is in parentheses and may contain spaces
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
    long utime = Long.parseLong(fields[14 - 3]);
    long stime = Long.parseLong(fields[15 - 3]);
    return (utime + stime) / (double) CLOCK_TICKS_PER_SECOND;
  }

  /** Resident set size of {@code pid} in bytes ({@code VmRSS} of {@code /proc/<pid>/status}). */
  static long rssBytes(long pid) throws IOException {
    return statusKb(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") * 1024;
  }

  /** Resident set size of this JVM in bytes. */
  static long ownRssBytes() {
    try {
      return statusKb(Path.of("/proc/self/status"), "VmRSS:") * 1024;
    } catch (IOException e) {
      return -1;
    }
  }

  private static long statusKb(Path status, String key) throws IOException {
    for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
      if (line.startsWith(key)) {
        return Long.parseLong(line.substring(key.length()).trim().split(" +")[0]);
      }
    }
    throw new IOException("no " + key + " in " + status);
  }

  /** The 1-, 5- and 15-minute load averages, as {@code /proc/loadavg} shows them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" +");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The 1-minute load average, or -1. */
  static double load1() {
    try {
      return Double.parseDouble(loadAverage().split(" ")[0]);
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static long clockTicks() {
    if (Tool.GETCONF.isInstalled()) {
      ProcessResult r = Tool.GETCONF.command("CLK_TCK").timeout(Duration.ofSeconds(5)).run();
      try {
        if (r.exitCode() == 0) {
          return Long.parseLong(r.output().trim());
        }
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    return 100; // USER_HZ on every mainstream Linux architecture
  }
}
