package dev.cogsh.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.architecture.ClassFacts.MemberRef;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against class files javac wrote from sources that name each marker class in one way
 * only, and against a hand-made class file that holds every constant pool tag.
 */
class ClassFileReaderTest {

  @TempDir Path out;

  /** Each marker class, and the one way {@link #USES} names it. */
  private static final Map<String, String> MARKERS = new LinkedHashMap<>();

  static {
    MARKERS.put("ByWildcardImport", "a field type, through import fixture.lib.*");
    MARKERS.put("ByFullyQualifiedName", "new, by its fully-qualified name");
    MARKERS.put("ByBound", "a type variable's bound (class signature)");
    MARKERS.put("ByInterface", "an implemented interface");
    MARKERS.put("ByTypeArgument", "a field's type argument (field signature only)");
    MARKERS.put("ByLocalOnly", "a local variable's type (LocalVariableTable only)");
    MARKERS.put("ByMethodRef", "a method reference (an invokedynamic bootstrap argument)");
    MARKERS.put("ByLambdaBody", "a call inside a lambda");
    MARKERS.put("ByThrows", "a throws clause");
    MARKERS.put("ByClassValue", "an annotation's class value (a Utf8, no Class constant)");
    MARKERS.put("ByEnum", "an annotation's enum value");
    MARKERS.put("Marked", "a runtime-visible annotation");
    MARKERS.put("Invisible", "a class-retention annotation");
    MARKERS.put("OnParameter", "a parameter annotation");
    MARKERS.put("OnLocal", "a type annotation on a local variable");
    MARKERS.put("OnTypeArgument", "a type annotation on a type argument");
    MARKERS.put("OnNew", "a type annotation on a new expression");
    MARKERS.put("ByRecordComponent", "a record component (and its field)");
    MARKERS.put("ByLong", "a call after a long and a double constant");
  }

  private static final String USES =
      """
      package fixture.uses;

      import fixture.lib.*;
      import java.util.List;
      import java.util.function.Supplier;

      @Marked(value = ByClassValue.class, kind = ByEnum.A)
      @Invisible
      public class Uses<T extends ByBound> implements ByInterface {
        ByWildcardImport field;
        List<ByTypeArgument> list;
        List<@OnTypeArgument String> annotated;
        long big = 1234567890123L;
        double e = 2.718281828459045;
        static final String ODD = "\\u0000 \\uD83D\\uDE00 é";

        Object fullyQualified() {
          return new fixture.lib.ByFullyQualifiedName();
        }

        Object local() {
          ByLocalOnly x = null;
          @OnLocal String s = "";
          return s + x;
        }

        Supplier<?> reference() {
          return ByMethodRef::make;
        }

        Runnable lambda() {
          return () -> ByLambdaBody.run();
        }

        Object annotatedNew() {
          return new @OnNew Object();
        }

        void parameter(@OnParameter int x) throws ByThrows {}

        long afterWideConstants() {
          return big + (long) e + ByLong.value();
        }

        record Pair(ByRecordComponent component) {}
      }
      """;

  private Path compileUses() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String marker : MARKERS.keySet()) {
      sources.put("fixture/lib/" + marker + ".java", marker(marker));
    }
    sources.put("fixture/uses/Uses.java", USES);
    Javac.compile(out, sources, List.of());
    return out.resolve("fixture/uses");
  }

  private static String marker(String name) {
    String body =
        switch (name) {
          case "ByInterface" -> "public interface ByInterface {}";
          case "ByEnum" -> "public enum ByEnum { A }";
          case "ByThrows" -> "public class ByThrows extends Exception {}";
          case "ByMethodRef" ->
              "public class ByMethodRef { public static Object make() { return 1; } }";
          case "ByLambdaBody" -> "public class ByLambdaBody { public static void run() {} }";
          case "ByLong" -> "public class ByLong { public static long value() { return 1; } }";
          case "Marked" ->
              "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
                  + " public @interface Marked { Class<?> value(); ByEnum kind(); }";
          case "Invisible", "OnParameter" -> "public @interface " + name + " {}";
          case "OnLocal", "OnTypeArgument", "OnNew" ->
              "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)"
                  + " public @interface "
                  + name
                  + " {}";
          default -> "public class " + name + " {}";
        };
    return "package fixture.lib;\n" + body + "\n";
  }

  private static ClassFacts read(Path file) throws IOException {
    return ClassFileReader.read(Files.readAllBytes(file));
  }

  @Test
  void read_compiledClass_namesEveryMarkerWhateverWayItIsNamed() throws IOException {
    Path uses = compileUses();
    ClassFacts facts = read(uses.resolve("Uses.class"));
    // nested and lambda-holding classes are class files of their own; the check reads them all
    ClassFacts pair = read(uses.resolve("Uses$Pair.class"));

    assertThat(facts.name()).isEqualTo("fixture.uses.Uses");
    for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
      String name = "fixture.lib." + marker.getKey();
      assertThat(facts.classes().contains(name) || pair.classes().contains(name))
          .as("%s, named by %s", name, marker.getValue())
          .isTrue();
    }
  }

  @Test
  void read_compiledClass_listsTheMembersItCalls() throws IOException {
    ClassFacts facts = read(compileUses().resolve("Uses.class"));

    assertThat(facts.members())
        .contains(
            new MemberRef("fixture.lib.ByMethodRef", "make", "()Ljava/lang/Object;"),
            new MemberRef("fixture.lib.ByLambdaBody", "run", "()V"),
            new MemberRef("fixture.lib.ByFullyQualifiedName", "<init>", "()V"),
            new MemberRef("fixture.uses.Uses", "big", "J"));
  }

  @Test
  void read_annotationWithDefault_namesTheDefaultsClass() throws IOException {
    Javac.compile(
        out,
        Map.of(
            "fixture/lib/Defaulted.java",
            "package fixture.lib; public @interface Defaulted {"
                + " Class<?> value() default ByDefault.class; }",
            "fixture/lib/ByDefault.java",
            "package fixture.lib; public class ByDefault {}"),
        List.of());

    assertThat(read(out.resolve("fixture/lib/Defaulted.class")).classes())
        .contains("fixture.lib.ByDefault");
  }

  @Test
  void read_moduleInfo_readsModuleAndPackageConstants() throws IOException {
    Javac.compile(
        out,
        Map.of(
            "module-info.java", "module handmade { exports handmade.pkg; requires java.net.http; }",
            "handmade/pkg/A.java", "package handmade.pkg; public class A {}"),
        List.of());

    assertThat(read(out.resolve("module-info.class")).name()).isEqualTo("module-info");
  }

  @Test
  void read_everyConstantTag_namesTheClassesOfEachDescriptor() throws IOException {
    ClassFacts facts = ClassFileReader.read(HandMade.everyTag());

    assertThat(facts.name()).isEqualTo("Handmade");
    assertThat(facts.classes())
        .contains(
            "java.lang.Object", // Class
            "dev.cogsh.srp.Constant", // Fieldref's NameAndType, after a Long and a Double
            "java.util.UUID", // Methodref's descriptor
            "java.time.Instant",
            "java.util.Optional", // MethodType
            "java.math.BigInteger", // Dynamic (a condy's type)
            "java.net.URI", // InvokeDynamic (a call site's type)
            "java.lang.Runnable");
    assertThat(facts.members())
        .contains(
            new MemberRef("java.lang.Object", "value", "Ldev/cogsh/srp/Constant;"),
            new MemberRef("java.lang.Object", "make", "(Ljava/util/UUID;)Ljava/time/Instant;"));
  }

  @Test
  void read_unknownTag_failsNamingTheTagAndEntry() {
    assertThatThrownBy(() -> ClassFileReader.read(HandMade.withTag(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown constant pool tag 2 at entry 5");
  }

  @Test
  void read_notAClassFile_saysSo() {
    assertThatThrownBy(() -> ClassFileReader.read(new byte[] {1, 2, 3, 4}))
        .hasMessageContaining("not a class file");
  }

  @Test
  void read_indexOfTheWrongTag_failsInsteadOfGuessing() throws IOException {
    // this_class points at a Utf8, not at a Class
    byte[] bytes = HandMade.everyTag();
    int thisClass = bytes.length - 12; // then super, interfaces, fields, methods, attributes
    bytes[thisClass] = 0;
    bytes[thisClass + 1] = 1;

    assertThatThrownBy(() -> ClassFileReader.read(bytes))
        .hasMessageContaining("constant pool entry 1 is not of tag 7");
  }

  @Test
  void modifiedUtf8_readsWhatDataOutputWrites() throws IOException {
    String text = "a\u0000é€\uD83D\uDE00z"; // NUL as C0 80, a surrogate pair as two 3-byte forms
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeUTF(text);

    assertThat(ModifiedUtf8.read(ByteBuffer.wrap(bytes.toByteArray()))).isEqualTo(text);
  }
}
