import type { JavaFamily } from './java-family.js'

/**
 * Exceptions and resources: try-with-resources, suppressed and chained exceptions, catch order,
 * finally, interruption and argument checks. The contracts name what a caller must be able to
 * rely on when something fails, which the happy path never shows.
 */
export const EXCEPTION_FAMILIES: readonly JavaFamily[] = [
  {
    id: 'try-with-resources-closes',
    stem: '`firstLine` must return the first line and close the reader on every path, also when reading fails. Which version does that?',
    frames: [
      `class Firsts {
    static String firstLine(BufferedReader in) throws IOException {
        ⟦try (in) {
            return in.readLine();
        }|return in.readLine();=a reader that is never closed leaks its file handle|in.close();
        return in.readLine();=closing before reading makes the read fail|try {
            return in.readLine();
        } catch (IOException e) {
            in.close();
            throw e;
        }=closing only in the catch block leaves the reader open after a successful read⟧
    }
}`,
    ],
    check: `boolean[] closed = {false};
BufferedReader r = new BufferedReader(new StringReader("a\\nb")) {
    @Override public void close() throws IOException { closed[0] = true; super.close(); }
};
return "a".equals(Firsts.firstLine(r)) && closed[0];`,
  },
  {
    id: 'suppressed-close-exception',
    stem: 'When both the work and `close()` throw, the caller of `run` must receive the exception thrown by the work, with the one from `close()` attached as suppressed. Which version does that?',
    frames: [
      `class Work {
    static void run(AutoCloseable res, Runnable body) throws Exception {
        ⟦try (res) {
            body.run();
        }|try {
            body.run();
        } finally {
            res.close();
        }=an exception thrown by close in finally replaces the work's exception|body.run();
        res.close();=closing after the work never runs when the work throws, so nothing is closed|try {
            body.run();
        } catch (RuntimeException e) {
            res.close();
            throw e;
        }=close throwing inside the catch block replaces the work's exception⟧
    }
}`,
    ],
    check: `AutoCloseable res = () -> { throw new IllegalStateException("close"); };
Runnable body = () -> { throw new IllegalArgumentException("work"); };
try {
    Work.run(res, body);
    return false;
} catch (IllegalArgumentException e) {
    return e.getSuppressed().length == 1 && e.getSuppressed()[0] instanceof IllegalStateException;
} catch (Exception e) {
    return false;
}`,
  },
  {
    id: 'catch-order-specific-first',
    stem: '`port` must return the number in the text (spaces around it allowed), -1 when the text is not a number and -2 when it is `null`. Which version compiles and does that?',
    frames: [
      `class Ports {
    static int port(String s) {
        try {
            return Integer.parseInt(s⟦.trim()|^=parseInt does not skip surrounding spaces⟧);
        } catch (⟦NumberFormatException|RuntimeException=a broader catch first makes the later NullPointerException catch unreachable, which does not compile|ArithmeticException=parseInt reports bad text with NumberFormatException, not ArithmeticException⟧ e) {
            return -1;
        } catch (NullPointerException e) {
            return -2;
        }
    }
}`,
    ],
    check: `return Ports.port(" 8080 ") == 8080 && Ports.port("http") == -1 && Ports.port(null) == -2;`,
  },
  {
    id: 'return-in-finally',
    stem: '`parse` must return the number in the text, or 0 when the text is not a number, and log every call. Which version does that?',
    frames: [
      `class Parse {
    static final List<String> LOG = new ArrayList<>();
    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            ⟦return 0;|throw new IllegalStateException(e);=rethrowing replaces the documented default with an exception⟧
        } finally {
            LOG.add(s);
            ⟦^|return 0;=a return in finally overrides the value the try block returns⟧
        }
    }
}`,
    ],
    check: `return Parse.parse("42") == 42 && Parse.parse("x") == 0 && Parse.LOG.size() == 2;`,
  },
  {
    id: 'checked-in-lambda',
    stem: '`loadAll` must return every loaded text; when one load fails with an `IOException` it must throw an `UncheckedIOException` whose cause is that `IOException`. Which version does that?',
    frames: [
      `class Loader {
    static String load(String name) throws IOException {
        if (name.isEmpty()) throw new IOException("no name");
        return name.toUpperCase();
    }
    static List<String> loadAll(List<String> names) {
        return names.stream().map(n -> {
            try {
                return load(n);
            } catch (IOException e) {
                ⟦throw new UncheckedIOException(e);|return null;=returning null hides the failure from the caller|throw new RuntimeException(e.getMessage());=a new exception from the message alone loses the cause and the type|throw new UncheckedIOException(new IOException(e.getMessage()));=a fresh IOException is not the one that failed, so the cause is lost⟧
            }
        }).toList();
    }
}`,
    ],
    check: `if (!Loader.loadAll(List.of("a")).equals(List.of("A"))) return false;
try {
    Loader.loadAll(List.of("a", ""));
    return false;
} catch (UncheckedIOException e) {
    return e.getCause() != null && "no name".equals(e.getCause().getMessage()) && e.getCause().getStackTrace().length > 0 && e.getCause().getStackTrace()[0].getMethodName().equals("load");
}`,
  },
  {
    id: 'exception-cause-chain',
    stem: 'Callers of `save` must be able to reach the original database error through `getCause()` of the `ServiceException` it throws. Which version does that?',
    frames: [
      `class ServiceException extends RuntimeException {
    ServiceException(String message, Throwable cause) {
        ⟦super(message, cause)|super(message)=a constructor that takes a cause but never passes it on drops it⟧;
    }
}
class Orders {
    static void save(Runnable db) {
        try {
            db.run();
        } catch (IllegalStateException e) {
            throw new ServiceException("save failed", ⟦e|e.getCause()=passes on the cause of the error, not the error itself⟧);
        }
    }
}`,
    ],
    check: `IllegalStateException original = new IllegalStateException("db down");
try {
    Orders.save(() -> { throw original; });
    return false;
} catch (ServiceException e) {
    return e.getCause() == original && e.getMessage().equals("save failed");
}`,
  },
  {
    id: 'require-non-null-message',
    stem: '`new User(null)` must throw a `NullPointerException` whose message is `email`. Which version does that?',
    frames: [
      `final class User {
    private final String email;
    User(String email) {
        this.email = ⟦Objects.requireNonNull(email, "email")|email=without a check the null is stored and fails later, far from its cause|Objects.requireNonNullElse(email, "")=requireNonNullElse replaces null with a default instead of failing|Objects.requireNonNull(email)=without a message the exception does not name the argument⟧;
    }
    String email() { return email; }
}`,
    ],
    check: `try {
    new User(null);
    return false;
} catch (NullPointerException e) {
    return "email".equals(e.getMessage()) && new User("a@b.c").email().equals("a@b.c");
}`,
  },
  {
    id: 'resource-wrapped-in-constructor',
    stem: '`export` must close the file it opens on every path, also when `wrap` throws, and close the writer after a successful export. Which version does that?',
    frames: [
      `class Export {
    static final List<String> CLOSED = new ArrayList<>();
    static AutoCloseable open(String name) { return () -> CLOSED.add(name); }
    static AutoCloseable wrap(AutoCloseable inner, boolean fail) {
        if (fail) throw new IllegalStateException("bad encoding");
        return () -> CLOSED.add("writer");
    }
    static void export(boolean fail) throws Exception {
        ⟦try (AutoCloseable file = open("file"); AutoCloseable writer = wrap(file, fail)) {
        }|try (AutoCloseable writer = wrap(open("file"), fail)) {
        }=a resource created inside another's constructor call is not managed, so it leaks when the wrapper fails|try (AutoCloseable file = open("file")) {
            AutoCloseable writer = wrap(file, fail);
        }=a resource declared inside the block instead of in the try header is never closed|AutoCloseable file = open("file");
        AutoCloseable writer = wrap(file, fail);
        writer.close();
        file.close();=closing by hand is skipped when an exception is thrown⟧
    }
}`,
    ],
    check: `Export.export(false);
boolean both = Export.CLOSED.contains("writer") && Export.CLOSED.contains("file");
Export.CLOSED.clear();
try { Export.export(true); } catch (IllegalStateException e) { }
return both && Export.CLOSED.equals(List.of("file"));`,
  },
  {
    id: 'restore-interrupt',
    stem: "When the thread is interrupted, `pause` must return at once and leave the thread's interrupted status set, so the caller can see the interruption. Which version does that?",
    frames: [
      `class Retry {
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            ⟦Thread.currentThread().interrupt();|^=catching InterruptedException clears the status, and swallowing it hides the interruption|Thread.interrupted();=Thread.interrupted() reads and clears the status instead of setting it|throw new RuntimeException(e);=throwing does not return as documented and leaves the status cleared⟧
        }
    }
}`,
    ],
    check: `Thread.currentThread().interrupt();
try {
    Retry.pause(5_000);
} catch (RuntimeException e) {
    Thread.interrupted();
    return false;
}
return Thread.interrupted();`,
  },
  {
    id: 'unboxing-missing-value',
    stem: '`available` must return the stock of a SKU, 0 for an unknown SKU, and leave the map unchanged. Which version does that?',
    frames: [
      `class Inventory {
    static int available(Map<String, Integer> stock, String sku) {
        return ⟦stock.getOrDefault(sku, 0)|stock.get(sku)=unboxing the null of a missing key throws NullPointerException|stock.containsKey(sku) ? stock.get(sku) : null=a null branch of the conditional is unboxed to int as well|stock.computeIfAbsent(sku, k -> 0)=computeIfAbsent adds the unknown SKU to the map⟧;
    }
}`,
    ],
    check: `Map<String, Integer> m = new HashMap<>(Map.of("a", 3));
return Inventory.available(m, "a") == 3 && Inventory.available(m, "x") == 0 && m.size() == 1;`,
  },
  {
    id: 'validate-before-mutating',
    stem: '`withdraw` must throw `IllegalArgumentException` for an amount that is not positive and `IllegalStateException` when funds are short, leaving the balance unchanged in both cases. Which version does that?',
    frames: [
      `final class Wallet {
    private long balance;
    Wallet(long balance) { this.balance = balance; }
    long balance() { return balance; }
    void withdraw(long amount) {
        if (amount ⟦<=|<=a zero amount passes the check⟧ 0) throw new ⟦IllegalArgumentException|IllegalStateException=a bad argument is reported as a bad object state⟧("amount");
        ⟦if (amount > balance) throw new IllegalStateException("funds");
        balance -= amount;|balance -= amount;
        if (balance < 0) throw new IllegalStateException("funds");=the balance is changed before the check and stays changed when the check fails⟧
    }
}`,
    ],
    check: `Wallet w = new Wallet(10);
try { w.withdraw(0); return false; } catch (IllegalArgumentException e) { }
try { w.withdraw(11); return false; } catch (IllegalStateException e) { }
w.withdraw(4);
return w.balance() == 6;`,
  },
  {
    id: 'multi-resource-close-order',
    stem: 'A connection and a statement opened from it must both be closed, the statement first (resources close in the reverse order they were opened). Which version records `statement` then `connection`?',
    frames: [
      `class Db {
    static final List<String> CLOSED = new ArrayList<>();
    static AutoCloseable named(String name) { return () -> CLOSED.add(name); }
    static void query() throws Exception {
        ⟦try (AutoCloseable connection = named("connection"); AutoCloseable statement = named("statement")) {
        }|try (AutoCloseable statement = named("statement"); AutoCloseable connection = named("connection")) {
        }=resources close in reverse order of declaration, so declaring the statement first closes it last|try (AutoCloseable connection = named("connection")) {
            AutoCloseable statement = named("statement");
        }=a resource declared in the block is not closed by try-with-resources|AutoCloseable connection = named("connection");
        try (AutoCloseable statement = named("statement")) {
        }=only the resources in the try header are closed⟧
    }
}`,
    ],
    check: `Db.query();
return Db.CLOSED.equals(List.of("statement", "connection"));`,
  },
]
