package dev.cogsh.bench;

import dev.cogsh.srp.PasswordClaim;
import dev.cogsh.srp.SrpClient;
import dev.cogsh.srp.SrpGroup;
import dev.cogsh.srp.SrpException;
import dev.cogsh.srp.SrpServer;
import dev.cogsh.srp.Verifier;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The client-side SRP work of one Cognito sign-in: drawing {@code a} and computing {@code A =
 * g^a mod N} ({@link #start}), the {@code PASSWORD_VERIFIER} answer ({@link #claim}: u, x, S, HKDF,
 * HMAC), and both together ({@link #signIn}), which is what a sign-in costs on the client; and the
 * floor ({@link #floor}): only the three modular exponentiations of a sign-in ({@code g^a}, {@code
 * g^x}, {@code (B - k g^x)^(a + u x)}), with every other value drawn or hashed beforehand.
 *
 * <pre>
 * mvn -q -o -P bench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dspotless.check.skip=true
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main \
 *     SrpBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SrpBenchmark {

  private static final String POOL = "AbCdEf123";
  private static final String USER = "7d4e5f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
  private static final String PASSWORD = "correct horse:battery staple";

  private SecureRandom random;
  private SrpClient client;
  private String salt;
  private String srpB;
  private String secretBlock;
  private Instant now;
  private BigInteger a;
  private BigInteger x;
  private BigInteger u;
  private BigInteger b;

  /** A server's PASSWORD_VERIFIER parameters, made once. */
  @Setup
  public void setUp() {
    random = new SecureRandom();
    SrpServer server = SrpServer.start(Verifier.create(POOL, USER, PASSWORD, random), random);
    salt = server.saltHex();
    srpB = server.srpB();
    byte[] block = new byte[1024];
    random.nextBytes(block);
    secretBlock = Base64.getEncoder().encodeToString(block);
    now = Instant.parse("2024-03-09T07:03:09Z");
    client = SrpClient.start(random);
    a = new BigInteger(1, bytes(random, 128));
    x = new BigInteger(1, bytes(random, 32)); // a SHA-256
    u = new BigInteger(1, bytes(random, 32));
    b = new BigInteger(srpB, 16);
  }

  private static byte[] bytes(SecureRandom random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /** The floor: the modular exponentiations of one sign-in and nothing else. */
  @Benchmark
  public BigInteger floor() {
    BigInteger srpA = SrpGroup.g.modPow(a, SrpGroup.N);
    BigInteger gx = SrpGroup.g.modPow(x, SrpGroup.N);
    BigInteger base = b.subtract(SrpGroup.k.multiply(gx)).mod(SrpGroup.N);
    return base.modPow(a.add(u.multiply(x)), SrpGroup.N).xor(srpA);
  }

  /** {@code a} and {@code A = g^a mod N}. */
  @Benchmark
  public String start() {
    return SrpClient.start(random).srpA();
  }

  /** The PASSWORD_VERIFIER answer for a started client. */
  @Benchmark
  public PasswordClaim claim() throws SrpException {
    return client.claim(POOL, USER, PASSWORD, salt, srpB, secretBlock, now);
  }

  /** Everything the client computes for one sign-in. */
  @Benchmark
  public PasswordClaim signIn() throws SrpException {
    SrpClient fresh = SrpClient.start(random);
    return fresh.claim(POOL, USER, PASSWORD, salt, srpB, secretBlock, now);
  }
}
