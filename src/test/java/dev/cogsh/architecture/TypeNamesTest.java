package dev.cogsh.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeNamesTest {

  // From JVMS §4.3 and §4.7.9.1; names separated by spaces, in order of appearance
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I                                                      |
          Ljava/lang/String;                                     | java/lang/String
          [[Ljava/lang/Object;                                   | java/lang/Object
          (IJ[BLjava/time/Instant;)V                             | java/time/Instant
          ()Ljava/util/function/Supplier;                        | java/util/function/Supplier
          Ljava/util/List<Ldev/cogsh/api/Api;>;                  | java/util/List dev/cogsh/api/Api
          Ljava/util/Map<TK;+Ljava/lang/Number;>;                | java/util/Map java/lang/Number
          Ljava/util/List<*>;                                    | java/util/List
          Ljava/util/Map<-Ljava/lang/Integer;[TV;>.Entry<TK;TV;>; | java/util/Map java/lang/Integer java/util/Map$Entry
          <T:Ljava/lang/Object;>(TT;)TT;                         | java/lang/Object
          <LIST:Ljava/lang/Object;>Ljava/util/AbstractList<TLIST;>; | java/lang/Object java/util/AbstractList
          <T::Ljava/lang/Comparable<-TT;>;>Ljava/lang/Object;    | java/lang/Comparable java/lang/Object
          <E:Ljava/lang/Exception;>()V^TE;^Ljava/io/IOException; | java/lang/Exception java/io/IOException
          Ljava/lang/Object;Ljava/lang/Runnable;Ljava/io/Closeable; | java/lang/Object java/lang/Runnable java/io/Closeable
          """)
  void in_namesEveryClassOfADescriptorOrSignature(String signature, String expected) {
    List<String> names = expected == null ? List.of() : List.of(expected.split(" "));
    assertThat(TypeNames.in(signature)).containsExactlyElementsOf(names);
  }

  @ParameterizedTest
  @ValueSource(strings = {"java/lang/String", "dev/cogsh/srp/Srp$Step"})
  void ofClassConstant_takesAPlainNameAsIs(String name) {
    assertThat(TypeNames.ofClassConstant(name)).containsExactly(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[Ljava/lang/String;", "[[Ljava/lang/String;"})
  void ofClassConstant_readsAnArrayAsADescriptor(String name) {
    assertThat(TypeNames.ofClassConstant(name)).containsExactly("java/lang/String");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ljava/lang/String", "Q", "(I", "Ljava/util/List<TT;", "<T>V"})
  void in_malformed_saysWhereItStopped(String malformed) {
    assertThatThrownBy(() -> TypeNames.in(malformed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed descriptor or signature")
        .hasMessageContaining(malformed);
  }
}
