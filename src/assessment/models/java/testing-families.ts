import type { JavaFamily } from './java-family.js'

/**
 * Testing with JUnit 5: the stem shows a failing JUnit test and asks which implementation makes
 * it pass, so the candidate reads the test as a specification (assertEquals takes the expected
 * value first, assertThrows names the exception type). The check states the same assertions in
 * plain Java, since the test run has no JUnit on its class path.
 */
export const TESTING_FAMILIES: readonly JavaFamily[] = [
  {
    id: 'junit-slug',
    stem: 'This JUnit 5 test fails: `assertEquals("hello-big-world", Slug.of("  Hello  Big World "));`. Which version of `Slug` makes it pass?',
    frames: [
      `class Slug {
    static String of(String title) {
        return title⟦.trim()|^=without trim the spaces around the title become dashes at the ends⟧.toLowerCase(Locale.ROOT).replaceAll(⟦"\\\\s+"|" "=replacing single spaces turns a run of two spaces into two dashes⟧, "-");
    }
}`,
    ],
    check: `return Slug.of("  Hello  Big World ").equals("hello-big-world");`,
  },
  {
    id: 'junit-assert-throws',
    stem: 'These JUnit 5 assertions fail: `assertThrows(IllegalArgumentException.class, () -> Age.of(-1));` and `assertEquals(0, Age.of(0).years());`. Which version of `Age` makes them pass?',
    frames: [
      `record Age(int years) {
    static Age of(int years) {
        if (years ⟦<|<==a zero age is refused, though 0 is a valid age⟧ 0) throw new ⟦IllegalArgumentException|IllegalStateException=assertThrows checks the exception type, and IllegalStateException is not an IllegalArgumentException⟧("years");
        return new Age(years);
    }
}`,
    ],
    check: `try { Age.of(-1); return false; } catch (IllegalArgumentException e) { }
catch (RuntimeException e) { return false; }
return Age.of(0).years() == 0;`,
  },
  {
    id: 'junit-leap-year',
    stem: 'These JUnit 5 assertions fail: `assertTrue(Years.isLeap(2024)); assertFalse(Years.isLeap(1900)); assertTrue(Years.isLeap(2000));`. Which version of `isLeap` makes them pass?',
    frames: [
      `class Years {
    static boolean isLeap(int y) {
        return y % 4 == 0 && (y % ⟦100 != 0|400 != 0=the century rule is "not divisible by 100", with 400 as the exception⟧ || y % ⟦400|100=the exception to the century rule is every 400 years, not every 100⟧ == 0);
    }
}`,
    ],
    check: `return Years.isLeap(2024) && !Years.isLeap(1900) && Years.isLeap(2000) && !Years.isLeap(2023);`,
  },
  {
    id: 'junit-split-remainder',
    stem: 'This JUnit 5 test fails: `assertEquals(List.of(34, 33, 33), Money.split(100, 3));`. Which version of `split` makes it pass?',
    frames: [
      `class Money {
    static List<Integer> split(int cents, int parts) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            out.add(cents / parts + (i ⟦<|>==the extra cents go to the last shares instead of the first⟧ cents % parts ? 1 : 0));
        }
        return ⟦out|List.copyOf(out).subList(0, parts - 1)=dropping a share loses its cents⟧;
    }
}`,
    ],
    check: `return Money.split(100, 3).equals(List.of(34, 33, 33)) && Money.split(10, 5).equals(List.of(2, 2, 2, 2, 2));`,
  },
  {
    id: 'junit-pagination',
    stem: 'These JUnit 5 assertions fail (pages are numbered from 1): `assertEquals(List.of(3), Pages.page(List.of(1, 2, 3), 2, 2));` and `assertEquals(List.of(), Pages.page(List.of(1, 2, 3), 3, 2));`. Which version of `page` makes them pass?',
    frames: [
      `class Pages {
    static <T> List<T> page(List<T> items, int page, int size) {
        int from = ⟦(page - 1) * size|page * size=the first page is numbered 1, so it starts at offset 0⟧;
        if (from >= items.size()) return List.of();
        return items.subList(from, ⟦Math.min(from + size, items.size())|from + size=a last page shorter than size runs past the end of the list⟧);
    }
}`,
    ],
    check: `return Pages.page(List.of(1, 2, 3), 2, 2).equals(List.of(3)) && Pages.page(List.of(1, 2, 3), 3, 2).equals(List.of()) && Pages.page(List.of(1, 2, 3), 1, 2).equals(List.of(1, 2));`,
  },
  {
    id: 'junit-truncate',
    stem: 'These JUnit 5 assertions fail: `assertEquals("Hello…", Text.truncate("Hello world", 6));` and `assertEquals("Hello!", Text.truncate("Hello!", 6));`. Which version of `truncate` makes them pass?',
    frames: [
      `class Text {
    static String truncate(String s, int max) {
        return s.length() ⟦<=|<=a text of exactly max characters is cut although it fits⟧ max ? s : s.substring(0, ⟦max - 1|max=the ellipsis counts towards the maximum, so one character fewer is kept⟧) + "…";
    }
}`,
    ],
    check: `return Text.truncate("Hello world", 6).equals("Hello…") && Text.truncate("Hello!", 6).equals("Hello!");`,
  },
  {
    id: 'junit-password-rule',
    stem: 'These JUnit 5 assertions fail: `assertFalse(Passwords.isStrong("abcdefgh")); assertTrue(Passwords.isStrong("abcdefg1")); assertFalse(Passwords.isStrong("abc1"));`. Which version of `isStrong` makes them pass?',
    frames: [
      `class Passwords {
    static boolean isStrong(String p) {
        return p.length() ⟦>=|>=a password of exactly eight characters is refused⟧ 8 && ⟦p.chars().anyMatch(Character::isDigit)|p.matches("\\\\d")=matches tests the whole string, so only a one-digit password matches|p.chars().allMatch(Character::isDigit)=allMatch requires every character to be a digit⟧;
    }
}`,
    ],
    check: `return !Passwords.isStrong("abcdefgh") && Passwords.isStrong("abcdefg1") && !Passwords.isStrong("abc1");`,
  },
  {
    id: 'junit-mmss',
    stem: 'This JUnit 5 test fails: `assertEquals("01:05", Clock.mmss(65));`. Which version of `mmss` makes it pass?',
    frames: [
      `class Clock {
    static String mmss(int seconds) {
        return String.format(⟦"%02d:%02d"|"%d:%d"=%d does not pad with zeros; %02d does⟧, ⟦seconds / 60, seconds % 60|seconds % 60, seconds / 60=the arguments fill the placeholders in order, minutes first|seconds / 60, seconds=the seconds part is the remainder after whole minutes⟧);
    }
}`,
    ],
    check: `return Clock.mmss(65).equals("01:05") && Clock.mmss(600).equals("10:00");`,
  },
  {
    id: 'junit-dedupe-order',
    stem: 'This JUnit 5 test fails: `assertEquals(List.of("b", "a", "c"), Lists.dedupe(List.of("b", "a", "b", "c", "a")));`. Which version of `dedupe` makes it pass?',
    frames: [
      `class Lists {
    static List<String> dedupe(List<String> xs) {
        return new ArrayList<>(new ⟦LinkedHashSet|HashSet=a HashSet iterates in hash order, not first-seen order|TreeSet=a TreeSet sorts its elements|ArrayList=an ArrayList keeps every repeat⟧<>(xs));
    }
}`,
      `class Lists {
    static List<String> dedupe(List<String> xs) {
        return xs.stream()⟦.distinct()|.distinct().sorted()=sorting loses the first-seen order|.sorted().distinct()=sorting loses the first-seen order|^=without distinct every repeat stays⟧.toList();
    }
}`,
    ],
    check: `return Lists.dedupe(List.of("b", "a", "b", "c", "a")).equals(List.of("b", "a", "c"));`,
  },
  {
    id: 'junit-median',
    stem: 'This JUnit 5 test fails: `assertEquals(2.5, Stats.median(List.of(4, 1, 3, 2)), 1e-9);`. Which version of `median` makes it pass?',
    frames: [
      `class Stats {
    static double median(List<Integer> xs) {
        List<Integer> s = new ArrayList<>(xs);
        ⟦Collections.sort(s);|^=the median is the middle of the sorted values, not of the input order⟧
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : ⟦(s.get(n / 2 - 1) + s.get(n / 2)) / 2.0|(s.get(n / 2 - 1) + s.get(n / 2)) / 2=int division drops the half⟧;
    }
}`,
    ],
    check: `return Math.abs(Stats.median(List.of(4, 1, 3, 2)) - 2.5) < 1e-9 && Stats.median(List.of(9, 1, 5)) == 5.0;`,
  },
  {
    id: 'junit-input-unchanged',
    stem: 'This JUnit 5 test fails with an exception: `List<Integer> in = List.of(3, 1, 2); assertEquals(List.of(1, 2, 3), Sorts.sorted(in)); assertEquals(List.of(3, 1, 2), in);`. Which version of `sorted` makes it pass?',
    frames: [
      `class Sorts {
    static List<Integer> sorted(List<Integer> in) {
        ⟦List<Integer> out = new ArrayList<>(in);|List<Integer> out = in;=assigning the list copies the reference, not the elements|List<Integer> out = Collections.unmodifiableList(in);=an unmodifiable view cannot be sorted|List<Integer> out = List.copyOf(in);=List.copyOf is unmodifiable, so it cannot be sorted⟧
        out.sort(null);
        return out;
    }
}`,
    ],
    check: `List<Integer> in = List.of(3, 1, 2);
return Sorts.sorted(in).equals(List.of(1, 2, 3)) && in.equals(List.of(3, 1, 2));`,
  },
  {
    id: 'junit-case-insensitive-contains',
    stem: 'This JUnit 5 test fails: `assertTrue(Search.matches("Java Developer", "DEVELOP"));`, and `assertFalse(Search.matches("Java", "python"))` must keep passing. Which version of `matches` makes them pass?',
    frames: [
      `class Search {
    static boolean matches(String text, String query) {
        return text⟦.toLowerCase(Locale.ROOT)|^=contains is case-sensitive, so the text needs the same case as the query⟧.contains(query⟦.toLowerCase(Locale.ROOT)|^=contains is case-sensitive, so the query needs the same case as the text⟧);
    }
}`,
      `class Search {
    static boolean matches(String text, String query) {
        return ⟦text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))|text.equalsIgnoreCase(query)=equalsIgnoreCase compares whole strings, not a part|text.toLowerCase(Locale.ROOT).startsWith(query.toLowerCase(Locale.ROOT))=startsWith finds the query only at the start|text.toLowerCase(Locale.ROOT).matches(query.toLowerCase(Locale.ROOT))=matches needs the whole text to match the pattern⟧;
    }
}`,
    ],
    check: `return Search.matches("Java Developer", "DEVELOP") && !Search.matches("Java", "python");`,
  },
]

/**
 * Maven build basics: coordinates, dependency scopes, dependency management and the compiler
 * release. Options are POM fragments; the check reads them as XML and applies the rule the stem
 * names, as the Maven documentation states it.
 */
export const MAVEN_FAMILIES: readonly JavaFamily[] = [
  {
    id: 'maven-junit-test-scope',
    stem: 'JUnit Jupiter must be available to the tests only, never on the compile or run-time class path of the application. Which dependency does that?',
    language: 'xml',
    wrap: 'pom',
    frames: [
      `<dependencies>
  <dependency>
    <groupId>org.junit.jupiter</groupId>
    <artifactId>junit-jupiter</artifactId>
    <version>5.10.2</version>⟦
    <scope>test</scope>|^=without a scope a dependency has the default compile scope|
    <scope>provided</scope>=provided is for what the run-time container supplies, and it is on the compile class path|
    <scope>runtime</scope>=runtime scope puts JUnit on the application's run-time class path⟧
  </dependency>
</dependencies>`,
    ],
    check: `return "test".equals(Pom.dep(pom, "junit-jupiter", "scope"));`,
  },
  {
    id: 'maven-servlet-provided',
    stem: 'A web application compiles against the Servlet API, which the application server supplies at run time; the API must not be packaged into the WAR. Which scope does that?',
    language: 'xml',
    wrap: 'pom',
    frames: [
      `<dependencies>
  <dependency>
    <groupId>jakarta.servlet</groupId>
    <artifactId>jakarta.servlet-api</artifactId>
    <version>6.0.0</version>
    <scope>⟦provided|compile=compile scope packages the API into the WAR beside the server's own copy|runtime=runtime scope leaves the API off the compile class path, so the code does not compile|test=test scope makes the API visible to tests only⟧</scope>
  </dependency>
</dependencies>`,
    ],
    check: `return "provided".equals(Pom.dep(pom, "jakarta.servlet-api", "scope"));`,
  },
  {
    id: 'maven-jdbc-runtime',
    stem: 'The code uses only the `java.sql` interfaces; the PostgreSQL driver is needed when the application runs and its tests run, but the main code of the application must not compile against it. Which scope does that?',
    language: 'xml',
    wrap: 'pom',
    frames: [
      `<dependencies>
  <dependency>
    <groupId>org.postgresql</groupId>
    <artifactId>postgresql</artifactId>
    <version>42.7.3</version>
    <scope>⟦runtime|compile=compile scope lets code compile against the driver's classes|provided=provided expects the run-time environment to supply the driver, so it is not packaged|test=test scope leaves the driver out when the application runs⟧</scope>
  </dependency>
</dependencies>`,
    ],
    check: `return "runtime".equals(Pom.dep(pom, "postgresql", "scope"));`,
  },
  {
    id: 'maven-coordinates',
    stem: "The project needs Jackson's data binding, artifact `jackson-databind` of the group `com.fasterxml.jackson.core`, release 2.17.1. Which dependency names it?",
    language: 'xml',
    wrap: 'pom',
    frames: [
      `<dependencies>
  <dependency>
    ⟦<groupId>com.fasterxml.jackson.core</groupId>
    <artifactId>jackson-databind</artifactId>|<groupId>jackson-databind</groupId>
    <artifactId>com.fasterxml.jackson.core</artifactId>=the group is the reversed domain and the artifact the module's name, not the other way round|<groupId>com.fasterxml.jackson.core.jackson-databind</groupId>
    <artifactId>jackson-databind</artifactId>=the group does not repeat the artifact's name⟧
    ⟦<version>2.17.1</version>|<version>2.17.1-SNAPSHOT</version>=a SNAPSHOT version is a build in progress, not the release⟧
  </dependency>
</dependencies>`,
    ],
    check: `return "com.fasterxml.jackson.core".equals(Pom.dep(pom, "jackson-databind", "groupId")) && "2.17.1".equals(Pom.dep(pom, "jackson-databind", "version"));`,
  },
  {
    id: 'maven-dependency-management',
    stem: 'In a parent POM, the version of `slf4j-api` must be fixed for every module that uses it, without adding the dependency to modules that do not declare it. Which fragment does that?',
    language: 'xml',
    wrap: 'pom',
    frames: [
      `⟦<dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>2.0.13</version>
    </dependency>
  </dependencies>
</dependencyManagement>|<dependencies>
  <dependency>
    <groupId>org.slf4j</groupId>
    <artifactId>slf4j-api</artifactId>
    <version>2.0.13</version>
  </dependency>
</dependencies>=dependencies in a parent are inherited by every module, so each one gets the dependency|<pluginManagement>
  <dependencies>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>2.0.13</version>
    </dependency>
  </dependencies>
</pluginManagement>=pluginManagement manages build plugins, not library dependencies|<properties>
  <slf4j-api.version>2.0.13</slf4j-api.version>
</properties>=a property only names a value; nothing applies it to the dependency⟧`,
    ],
    check: `org.w3c.dom.NodeList managed = pom.getElementsByTagName("dependencyManagement");
return managed.getLength() == 1 && managed.item(0).getParentNode().getNodeName().equals("project")
    && "2.0.13".equals(Pom.dep(pom, "slf4j-api", "version"));`,
  },
  {
    id: 'maven-compiler-release',
    stem: 'The project must compile for Java 17, checking the code against the Java 17 API, with `maven-compiler-plugin` 3.13. Which property does that?',
    language: 'xml',
    wrap: 'pom',
    frames: [
      `<properties>
  ⟦<maven.compiler.release>17</maven.compiler.release>|<maven.compiler.target>17</maven.compiler.target>=target sets the bytecode level only and does not check use of newer APIs|<java.version>17</java.version>=java.version is a convention of some parent POMs, not a compiler setting|<maven.compiler.source>17</maven.compiler.source>=source sets the language level only and does not check use of newer APIs⟧
</properties>`,
    ],
    check: `org.w3c.dom.NodeList r = pom.getElementsByTagName("maven.compiler.release");
return r.getLength() == 1 && r.item(0).getTextContent().trim().equals("17");`,
  },
  {
    id: 'maven-optional-transitive',
    stem: "A library uses Jackson for one optional feature; projects that depend on the library must not get Jackson unless they add it themselves. Which dependency in the library's POM does that?",
    language: 'xml',
    wrap: 'pom',
    frames: [
      `<dependencies>
  <dependency>
    <groupId>com.fasterxml.jackson.core</groupId>
    <artifactId>jackson-databind</artifactId>
    <version>2.17.1</version>⟦
    <optional>true</optional>|^=a compile dependency without optional is passed on to every project that uses the library|
    <scope>test</scope>=test scope hides Jackson from the library's own main code, which uses it|
    <scope>runtime</scope>=a runtime dependency is still passed on, and the library's code cannot compile against it⟧
  </dependency>
</dependencies>`,
    ],
    check: `return "true".equals(Pom.dep(pom, "jackson-databind", "optional")) && Pom.dep(pom, "jackson-databind", "scope") == null;`,
  },
]
