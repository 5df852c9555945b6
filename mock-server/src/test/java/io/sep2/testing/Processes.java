package io.sep2.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a real external program (openssl, curl, python3) with a time limit; never hangs. */
public final class Processes {

  /** What a program printed (stdout and stderr merged) and how it ended. */
  public record Result(int exitCode, String output) {}

  private Processes() {}

  /** Runs {@code command} with {@code stdin}, killing it after {@code seconds}. */
  public static Result run(List<String> command, String stdin, int seconds)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    try {
      if (stdin != null) {
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      process.getOutputStream().close();
    } catch (IOException e) {
      // the program may have exited already
    }
    boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    String text;
    try {
      text = output.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      text = "(output unreadable: " + e + ")";
    }
    return new Result(exited ? process.exitValue() : -1, text);
  }

  private static String readAll(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // process killed
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
