package dev.cogsh.testing;

import dev.cogsh.auth.BrowserLauncher;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as the sandbox's managed login needs one, over real HTTP: follows redirects,
 * fills each HTML form it meets from {@code answers} (by input name: {@code username}, {@code
 * password}, {@code new_password}, {@code code}), posts it as a browser would ({@code
 * application/x-www-form-urlencoded}), and finally loads the loopback redirect, which cogsh is
 * waiting for. It walks on its own thread, as a real browser runs beside cogsh.
 */
public final class FormBrowser implements BrowserLauncher {
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
  private static final Pattern INPUT =
      Pattern.compile(
          "<input (?:id=\"[^\"]*\" )?(?:type=\"hidden\" )?name=\"([^\"]+)\"(?: type=\"[^\"]+\")?(?: value=\"([^\"]*)\")?");

  private final Map<String, String> answers;
  private final UnaryOperator<URI> tamper;
  private final String loopbackPrefix;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final List<String> pages = new ArrayList<>();
  private volatile CompletableFuture<Void> walk = CompletableFuture.completedFuture(null);
  private volatile URI opened;
  private volatile String landed;

  /**
   * @param answers form values by input name
   * @param loopbackPrefix the redirect URI's {@code scheme://host:port}: where the walk ends
   * @param tamper changes the final redirect before it is loaded (identity for an honest browser)
   */
  public FormBrowser(
      Map<String, String> answers, String loopbackPrefix, UnaryOperator<URI> tamper) {
    this.answers = Map.copyOf(answers);
    this.loopbackPrefix = loopbackPrefix;
    this.tamper = tamper;
  }

  @Override
  public boolean open(URI url) {
    opened = url;
    walk = CompletableFuture.runAsync(() -> walk(url));
    return true;
  }

  /** The authorize URL cogsh opened. */
  public URI opened() {
    return opened;
  }

  /** Every HTML page seen, in order. */
  public synchronized List<String> pages() {
    return List.copyOf(pages);
  }

  /** The page cogsh's loopback listener answered the redirect with ({@code null} before). */
  public String landed() {
    return landed;
  }

  /** The walk, to join and see its failure. */
  public CompletableFuture<Void> walk() {
    return walk;
  }

  /**
   * Walks from {@code start} as {@link #open} does, on this thread, and returns the redirect to the
   * loopback address without loading it: the address a browser shows after signing in, for the user
   * to paste back ({@code --no-browser}).
   *
   * @throws IllegalStateException when the walk ends on a page instead
   */
  public URI redirectFor(URI start) {
    try {
      URI end = follow(start);
      if (end == null) {
        throw new IllegalStateException("the walk ended on a page: " + pages());
      }
      return end;
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the form browser failed: " + e, e);
    }
  }

  private void walk(URI start) {
    try {
      URI end = follow(start);
      if (end != null) {
        landed = get(tamper.apply(end)).body();
      }
    } catch (Exception e) {
      throw new IllegalStateException("the form browser failed: " + e, e);
    }
  }

  /** The loopback redirect the walk ends on, or {@code null} when it ends on a page. */
  private URI follow(URI start) throws Exception {
    HttpResponse<String> page = get(start);
    for (int hops = 0; hops < 12; hops++) {
      URI at = page.uri();
      if (page.statusCode() == 302) {
        URI next = at.resolve(page.headers().firstValue("Location").orElseThrow());
        if (next.toString().startsWith(loopbackPrefix)) {
          return next;
        }
        page = get(next);
      } else if (page.statusCode() == 200 && page.body().contains("<form")) {
        synchronized (this) {
          pages.add(page.body());
        }
        page = post(at, page.body());
      } else {
        synchronized (this) {
          pages.add(page.body());
        }
        return null; // an error page: nothing to follow
      }
    }
    return null;
  }

  private HttpResponse<String> post(URI at, String html) throws Exception {
    Matcher action = FORM_ACTION.matcher(html);
    if (!action.find()) {
      throw new IllegalStateException("no form in " + html);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String name = input.group(1);
      String value = input.group(2) != null ? input.group(2) : answers.getOrDefault(name, "");
      fields.put(name, unescape(value));
    }
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http.send(
        HttpRequest.newBuilder(at.resolve(action.group(1)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
