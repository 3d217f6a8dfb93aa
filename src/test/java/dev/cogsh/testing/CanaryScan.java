package dev.cogsh.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for canaries ({@link Canaries}) in what cogsh wrote: captured stdout and stderr, and every
 * file under the folders it may write to, binary files too. Each canary is looked for as written
 * (UTF-8) and in the forms it takes when a program passes it on: JSON-escaped ({@code \/}),
 * URL-encoded, and base64 (standard and URL-safe alphabet, at each of the three alignments a value
 * can have inside a longer encoded text).
 */
public final class CanaryScan {

  /** Bytes read from a file at a time; a match across two reads is still found. */
  static final int CHUNK = 1 << 20;

  /** Bytes of context shown on each side of a finding. */
  private static final int CONTEXT = 32;

  /**
   * A canary found.
   *
   * @param canary its name ({@code password})
   * @param form how it was written ({@code raw}, {@code json}, {@code url}, {@code base64}, …)
   * @param where the file or stream
   * @param offset the byte where it starts
   * @param context the bytes around it, the canary itself shown as {@code «name»}
   */
  public record Finding(String canary, String form, String where, long offset, String context) {
    @Override
    public String toString() {
      return canary + " (" + form + ") in " + where + " at byte " + offset + ": " + context;
    }
  }

  /**
   * What a scan found, and how much it read (so that a scan that read nothing is not mistaken for a
   * clean one).
   *
   * @param findings every canary found
   * @param sources how many files or streams were read
   * @param bytes how many bytes were read
   */
  public record Report(List<Finding> findings, int sources, long bytes) {
    public Report {
      findings = List.copyOf(findings);
    }

    /** Whether no canary was found. */
    public boolean clean() {
      return findings.isEmpty();
    }

    /** This report and {@code other} as one. */
    public Report plus(Report other) {
      List<Finding> all = new ArrayList<>(findings);
      all.addAll(other.findings());
      return new Report(all, sources + other.sources(), bytes + other.bytes());
    }

    @Override
    public String toString() {
      StringBuilder out =
          new StringBuilder(findings.size() + " canaries in " + sources + " sources (" + bytes);
      out.append(" bytes)");
      findings.forEach(f -> out.append("\n  ").append(f));
      return out.toString();
    }
  }

  /** One byte sequence to look for: a canary in one form. */
  private record Needle(String canary, String form, String latin1) {}

  private final List<Needle> needles;
  private final int longest;

  /** A scan for {@code canaries}. */
  public CanaryScan(Canaries canaries) {
    this(canaries.byName());
  }

  /**
   * A scan for any named values.
   *
   * @param named name → value; each value of 12 characters or more (shorter ones would be found by
   *     chance)
   */
  public CanaryScan(Map<String, String> named) {
    List<Needle> all = new ArrayList<>();
    named.forEach(
        (name, value) -> {
          if (value.length() < 12) {
            throw new IllegalArgumentException("a canary needs 12 characters or more: " + name);
          }
          forms(value).forEach((form, text) -> all.add(new Needle(name, form, text)));
        });
    this.needles = List.copyOf(all);
    this.longest = all.stream().mapToInt(n -> n.latin1().length()).max().orElse(1);
  }

  /** Scans {@code text} as UTF-8, as it would be written. */
  public Report text(String where, String text) {
    return bytes(where, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Scans {@code data}. */
  public Report bytes(String where, byte[] data) {
    List<Finding> found = new ArrayList<>();
    search(where, data, data.length, 0, 0, found);
    return new Report(found, 1, data.length);
  }

  /** Scans what {@code in} yields until its end. */
  public Report stream(String where, InputStream in) throws IOException {
    List<Finding> found = new ArrayList<>();
    byte[] window = new byte[longest - 1 + CHUNK];
    int carried = 0;
    long start = 0; // offset of window[0] in the stream
    long total = 0;
    int read;
    while ((read = in.readNBytes(window, carried, CHUNK)) > 0) {
      total += read;
      search(where, window, carried + read, start, carried, found);
      int keep = Math.min(longest - 1, carried + read);
      System.arraycopy(window, carried + read - keep, window, 0, keep);
      start += carried + read - keep;
      carried = keep;
    }
    return new Report(found, 1, total);
  }

  /**
   * Scans every regular file under {@code roots}, recursively; links are not followed (what they
   * point to is outside, or scanned anyway).
   *
   * @throws IllegalArgumentException when a root does not exist: a scan of nothing proves nothing
   */
  public Report files(Path... roots) throws IOException {
    Report report = new Report(List.of(), 0, 0);
    for (Path root : roots) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("nothing to scan at " + root);
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
      }
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          report = report.plus(stream(file.toString(), in));
        }
      }
    }
    return report;
  }

  /**
   * Scans the regular files under {@code root} written at or after {@code since}: the files a run
   * left in a shared folder such as the temp folder, whose older files are not the run's. Folders
   * and files this user may not read are passed over (they are not the run's either).
   *
   * <p>JUnit's temp folders ({@code junit…}) are left out too: they belong to tests, this one's
   * (scanned by name where they are a run's home or working folder) or another JVM's running at the
   * same time.
   *
   * @param inputs folders left out: the test's own inputs, which hold canaries on purpose
   */
  public Report filesWrittenSince(Path root, Instant since, Path... inputs) throws IOException {
    List<Path> recent = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            for (Path input : inputs) {
              if (dir.equals(input)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
            }
            Path name = dir.getFileName();
            if (!dir.equals(root) && name != null && name.toString().startsWith("junit")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && !attributes.lastModifiedTime().toInstant().isBefore(since)) {
              recent.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // unreadable: not written by this run
          }
        });
    Report report = new Report(List.of(), 0, 0);
    for (Path file : recent) {
      try (InputStream in = Files.newInputStream(file)) {
        report = report.plus(stream(file.toString(), in));
      } catch (NoSuchFileException | AccessDeniedException e) {
        // gone or unreadable since the walk: another process's file
      }
    }
    return report;
  }

  /**
   * Finds every needle in {@code data[0, length)}; matches that lie wholly in the first {@code
   * carried} bytes were found by the previous call.
   */
  private void search(
      String where, byte[] data, int length, long start, int carried, List<Finding> found) {
    String text = new String(data, 0, length, StandardCharsets.ISO_8859_1);
    for (Needle needle : needles) {
      String value = needle.latin1();
      for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        if (at + value.length() > carried) {
          found.add(
              new Finding(
                  needle.canary(), needle.form(), where, start + at, context(text, at, needle)));
        }
      }
    }
  }

  private static String context(String text, int at, Needle needle) {
    String before = text.substring(Math.max(0, at - CONTEXT), at);
    int end = at + needle.latin1().length();
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
    return printable(before) + "«" + needle.canary() + "»" + printable(after);
  }

  private static String printable(String latin1) {
    StringBuilder out = new StringBuilder(latin1.length());
    latin1.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '.'));
    return out.toString();
  }

  /** Form name → the bytes of {@code value} in that form, as ISO-8859-1 text; no duplicates. */
  static Map<String, String> forms(String value) {
    Map<String, String> forms = new LinkedHashMap<>();
    add(forms, "raw", value);
    String json = value.replace("\\", "\\\\").replace("\"", "\\\"");
    add(forms, "json", json);
    add(forms, "json \\/", json.replace("/", "\\/"));
    String url = URLEncoder.encode(value, StandardCharsets.UTF_8);
    add(forms, "url", url);
    add(forms, "url lower-case", lowerCaseEscapes(url));
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int shift = 0; shift < 3; shift++) {
      String middle = base64Middle(bytes, shift);
      add(forms, "base64+" + shift, middle);
      add(forms, "base64url+" + shift, middle.replace('+', '-').replace('/', '_'));
    }
    return forms;
  }

  private static void add(Map<String, String> forms, String name, String text) {
    String latin1 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    if (!forms.containsValue(latin1)) {
      forms.put(name, latin1);
    }
  }

  /**
   * The part of the base64 encoding of {@code value} that is the same whatever surrounds it, when
   * {@code value} starts {@code shift} bytes into a 3-byte group: the groups that hold only its
   * bytes.
   */
  static String base64Middle(byte[] value, int shift) {
    byte[] shifted = new byte[shift + value.length];
    System.arraycopy(value, 0, shifted, shift, value.length);
    String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
    int from = shift == 0 ? 0 : 4; // the first group mixes in the bytes before
    int whole = (shift + value.length) / 3; // groups that end inside the value
    return encoded.substring(from, Math.max(from, whole * 4));
  }

  private static String lowerCaseEscapes(String url) {
    StringBuilder out = new StringBuilder(url);
    for (int i = url.indexOf('%'); i >= 0 && i + 2 < url.length(); i = url.indexOf('%', i + 1)) {
      out.replace(i + 1, i + 3, url.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "CanaryScan"
        + Arrays.toString(needles.stream().map(Needle::canary).distinct().toArray());
  }
}
