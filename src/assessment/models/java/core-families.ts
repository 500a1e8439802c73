import type { JavaFamily } from './java-family.js'

/**
 * Core language and collections: equals and hashCode, immutability, strings and boxing,
 * comparators, and the collection methods whose misuse compiles and then misbehaves. Each stem
 * states the contract; running one option shows what it does, not whether it is what was asked.
 */
export const CORE_FAMILIES: readonly JavaFamily[] = [
  {
    id: 'equals-overload',
    stem: 'Points are kept in a `HashSet`; two points with the same coordinates must count as one element. Which version of `Point` does that?',
    frames: [
      `final class Point {
    private final int x;
    private final int y;
    Point(int x, int y) { this.x = x; this.y = y; }
    ⟦@Override public boolean equals(Object o)|public boolean equals(Point o)=a parameter of type Point overloads equals instead of overriding it⟧ {
        if (o == null) return false;
        if (getClass() != o.getClass()) return false;
        Point p = (Point) o;
        return x == p.x && y == p.y;
    }
    @Override public int hashCode() { return ⟦Objects.hash(x, y)|System.identityHashCode(this)=an identity hash code differs between equal points|super.hashCode()=Object's hashCode is per object, so equal points hash apart⟧; }
}`,
    ],
    check: `Set<Point> s = new HashSet<>();
Point a = new Point(1, 2);
s.add(a);
return a.equals(a) && s.contains(new Point(1, 2)) && !s.contains(new Point(2, 1));`,
  },
  {
    id: 'hashcode-uses-equals-fields',
    stem: 'Two customers are equal when their ids are equal, whatever their names. Which version of `Customer` keeps the `equals`/`hashCode` contract?',
    frames: [
      `final class Customer {
    final String id;
    final String name;
    Customer(String id, String name) { this.id = id; this.name = name; }
    @Override public boolean equals(Object o) {
        return o instanceof Customer c && ⟦id.equals(c.id)|id == c.id=the equality operator compares String references, not their characters⟧;
    }
    @Override public int hashCode() { return ⟦id.hashCode()|Objects.hash(id, name)=hashes a field equals ignores, so equal customers hash apart⟧; }
}`,
    ],
    check: `Customer a = new Customer(new String("C-7"), "Ada");
Customer b = new Customer(new String("C-7"), "Ada Byron");
Map<Customer, Integer> m = new HashMap<>();
m.put(a, 1);
return a.equals(b) && a.hashCode() == b.hashCode() && m.containsKey(b);`,
  },
  {
    id: 'defensive-copy-in',
    stem: 'A `Team` must not change after it is built, neither through the list passed to it nor through the list it returns. Which version does that?',
    frames: [
      `final class Team {
    private final List<String> members;
    Team(List<String> members) { this.members = ⟦List.copyOf(members)|members=keeps the caller's list, so the caller's later changes leak in|Collections.unmodifiableList(members)=an unmodifiable view still shows the caller's later changes|new ArrayList<>(members)=a private copy that the getter hands out can still be changed through it⟧; }
    List<String> members() { return members; }
}`,
    ],
    check: `List<String> l = new ArrayList<>(List.of("a"));
Team t = new Team(l);
l.add("b");
try { t.members().add("c"); } catch (UnsupportedOperationException e) { }
return t.members().equals(List.of("a"));`,
  },
  {
    id: 'record-array-component',
    stem: '`Scores` must keep the values it was built with, whatever callers later do with the array they passed in or the array they get back. Which version does that?',
    frames: [
      `record Scores(int[] values) {
    Scores { values = ⟦values.clone()|values=a record's final field still points at the caller's array⟧; }
    @Override public int[] values() { return ⟦values.clone()|values=returns the internal array, so callers can write into it⟧; }
}`,
    ],
    check: `int[] a = {1, 2};
Scores s = new Scores(a);
a[0] = 9;
s.values()[1] = 9;
return s.values()[0] == 1 && s.values()[1] == 2;`,
  },
  {
    id: 'string-equality-null-safe',
    stem: '`statuses` may contain `null` entries and strings built at run time. Which version of `countPaid` returns how many entries are exactly `PAID`?',
    frames: [
      `class Invoices {
    static int countPaid(List<String> statuses) {
        int n = 0;
        for (String s : statuses) {
            if (⟦"PAID".equals(s)|s == "PAID"=the equality operator compares references, and strings built at run time are other objects|s.equals("PAID")=calling equals on a null entry throws NullPointerException|s.hashCode() == "PAID".hashCode()=equal hash codes do not make strings equal, and null has no hashCode⟧) n++;
        }
        return n;
    }
}`,
    ],
    check: `List<String> l = Arrays.asList(new String("PAID"), null, "OPEN", "paid".toUpperCase());
return Invoices.countPaid(l) == 2;`,
  },
  {
    id: 'integer-cache-equality',
    stem: '`sameQuantity` is called with two non-null boxed quantities from 0 to 100,000. Which version returns whether they are equal?',
    frames: [
      `class Stock {
    static boolean sameQuantity(Integer a, Integer b) {
        return ⟦a.equals(b)|a == b=the equality operator on two Integer objects compares references; only small values are cached|a.equals(b.longValue())=an Integer never equals a Long, whatever the value|a.toString() == b.toString()=the equality operator compares two new String objects by reference⟧;
    }
}`,
    ],
    check: `return Stock.sameQuantity(5, 5) && Stock.sameQuantity(1000, 1000) && !Stock.sameQuantity(1000, 1001);`,
  },
  {
    id: 'comparator-overflow',
    stem: 'Balances can be any `int`, from `Integer.MIN_VALUE` to `Integer.MAX_VALUE`. Which comparator sorts them in ascending order?',
    frames: [
      `class Balances {
    static final Comparator<Integer> ASCENDING = (a, b) -> ⟦Integer.compare(a, b)|a - b=subtraction overflows when the balances are far apart|Integer.compare(b, a)=swapped arguments sort in descending order|a > b ? 1 : 0=never returns a negative number, so smaller values are never moved ahead⟧;
}`,
    ],
    check: `List<Integer> l = new ArrayList<>(List.of(Integer.MAX_VALUE, -5, Integer.MIN_VALUE, 7));
l.sort(Balances.ASCENDING);
return l.equals(List.of(Integer.MIN_VALUE, -5, 7, Integer.MAX_VALUE));`,
  },
  {
    id: 'comparator-chain-reversed',
    stem: 'Employees must be listed by department A to Z and, within a department, by salary from highest to lowest. Which comparator does that?',
    frames: [
      `record Employee(String dept, int salary) {
    static final Comparator<Employee> ORDER =
        ⟦Comparator.comparing(Employee::dept).thenComparing(Employee::salary, Comparator.reverseOrder())|Comparator.comparing(Employee::dept).thenComparing(Employee::salary).reversed()=reversed() at the end reverses the whole chain, departments too|Comparator.comparing(Employee::salary, Comparator.reverseOrder()).thenComparing(Employee::dept)=the first comparator decides, so salary outranks the department|Comparator.comparing(Employee::dept).thenComparing(Employee::salary)=thenComparing sorts ascending unless given a reversed order⟧;
}`,
    ],
    check: `List<Employee> l = new ArrayList<>(List.of(new Employee("ops", 10), new Employee("dev", 5), new Employee("ops", 30), new Employee("dev", 20)));
l.sort(Employee.ORDER);
return l.equals(List.of(new Employee("dev", 20), new Employee("dev", 5), new Employee("ops", 30), new Employee("ops", 10)));`,
  },
  {
    id: 'list-remove-by-value',
    stem: '`dropFirst` must remove the first occurrence of the value `id` from the list and leave every other element. Which version does that?',
    frames: [
      `class Ids {
    static void dropFirst(List<Integer> ids, int id) {
        ⟦ids.remove(Integer.valueOf(id))|ids.remove(id)=remove(int) removes by position, not by value|ids.removeAll(List.of(id))=removeAll removes every occurrence, not the first|ids.removeIf(x -> x == id)=removeIf removes every match, not the first⟧;
    }
}`,
    ],
    check: `List<Integer> l = new ArrayList<>(List.of(5, 1, 5, 2));
Ids.dropFirst(l, 5);
return l.equals(List.of(1, 5, 2));`,
  },
  {
    id: 'remove-while-iterating',
    stem: '`dropBlank` must remove every blank string from the list it is given. Which version does that?',
    frames: [
      `class Lines {
    static void dropBlank(List<String> items) {
        ⟦items.removeIf(String::isBlank);|for (String s : items) if (s.isBlank()) items.remove(s);=removing from a list inside its for-each loop throws ConcurrentModificationException|for (int i = 0; i < items.size(); i++) if (items.get(i).isBlank()) items.remove(i);=removing by index while counting up skips the element after each removal|items.stream().filter(s -> !s.isBlank()).toList();=a stream pipeline never changes its source list⟧
    }
}`,
    ],
    check: `List<String> l = new ArrayList<>(List.of("", " ", "a", "b"));
Lines.dropBlank(l);
return l.equals(List.of("a", "b"));`,
  },
  {
    id: 'arrays-aslist-fixed-size',
    stem: 'Callers add more tags to the list `parse` returns. Which version of `parse` lets them?',
    frames: [
      `class Tags {
    static List<String> parse(String csv) {
        String[] parts = csv.split(",");
        return ⟦new ArrayList<>(Arrays.asList(parts))|Arrays.asList(parts)=Arrays.asList is a fixed-size view of the array; add throws|List.of(parts)=List.of builds an unmodifiable list|Collections.unmodifiableList(Arrays.asList(parts))=an unmodifiable view refuses every change⟧;
    }
}`,
    ],
    check: `List<String> l = Tags.parse("a,b");
l.add("c");
return l.equals(List.of("a", "b", "c"));`,
  },
  {
    id: 'map-counting',
    stem: '`count` must map each word to the number of times it occurs in `words`. Which version does that?',
    frames: [
      `class WordCount {
    static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) ⟦counts.merge(w, 1, Integer::sum)|counts.put(w, 1)=put overwrites the count instead of adding to it|counts.putIfAbsent(w, 1)=putIfAbsent never increments an existing count|counts.merge(w, 1, (old, one) -> old)=a merge function that keeps the old value never counts repeats⟧;
        return counts;
    }
}`,
    ],
    check: `return WordCount.count(List.of("a", "b", "a", "a")).equals(Map.of("a", 3, "b", 1));`,
  },
  {
    id: 'sorted-map-choice',
    stem: '`report` must list the products in alphabetical order, each with its total. Which map does `report` need?',
    frames: [
      `class Report {
    static String report(List<String> sold) {
        Map<String, Integer> totals = ⟦new TreeMap<>()|new HashMap<>()=a HashMap iterates in hash order, not in key order|new LinkedHashMap<>()=a LinkedHashMap keeps insertion order, not key order|new TreeMap<>(Comparator.reverseOrder())=a reversed comparator sorts Z to A⟧;
        for (String p : sold) totals.merge(p, 1, Integer::sum);
        return totals.toString();
    }
}`,
    ],
    check: `return Report.report(List.of("pear", "apple", "pear", "fig", "banana", "kiwi")).equals("{apple=1, banana=1, fig=1, kiwi=1, pear=2}");`,
  },
  {
    id: 'upper-bounded-wildcard',
    stem: '`total` must accept a `List<Integer>`, a `List<Double>` or a `List<Number>` and add up their values. Which signature and body compile and do that?',
    frames: [
      `class Sums {
    static double total(List<⟦? extends Number|Number=List<Integer> is not a List<Number>: generics are invariant|? super Number=a lower bound accepts List<Object> but not List<Integer>⟧> xs) {
        double sum = 0;
        for (Number x : xs) sum += x.⟦doubleValue()|intValue()=intValue truncates every fraction⟧;
        return sum;
    }
}`,
    ],
    check: `List<Integer> i = List.of(1, 2);
List<Double> d = List.of(0.5, 0.25);
return Sums.total(i) == 3.0 && Sums.total(d) == 0.75;`,
  },
  {
    id: 'lower-bounded-wildcard',
    stem: '`fillZeros` must add `n` zeros (as `Integer`) to a `List<Integer>`, a `List<Number>` or a `List<Object>`. Which version compiles and does that?',
    frames: [
      `class Fill {
    static void fillZeros(List<⟦? super Integer|? extends Integer=nothing but null can be added to a list with an upper bound|Integer=List<Number> is not a List<Integer>: generics are invariant⟧> xs, int n) {
        for (int i = 0; i ⟦<|<==counting to n inclusive adds one zero too many⟧ n; i++) xs.add(0);
    }
}`,
    ],
    check: `List<Number> a = new ArrayList<>();
List<Object> b = new ArrayList<>();
Fill.fillZeros(a, 2);
Fill.fillZeros(b, 1);
return a.equals(List.of(0, 0)) && b.equals(List.of(0));`,
  },
  {
    id: 'generic-method-bound',
    stem: '`largest` must return the largest element of a non-empty list of any comparable type, such as `String` or `Integer`. Which version compiles and does that?',
    frames: [
      `class Largest {
    static ⟦<T extends Comparable<? super T>>|<T>=an unbounded T has no compareTo method⟧ T largest(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) ⟦>|<=the comparison is turned round, so it keeps the smallest⟧ 0) best = x;
        return best;
    }
}`,
    ],
    check: `return Largest.largest(List.of("pear", "apple", "zucchini")).equals("zucchini") && Largest.largest(List.of(3, 9, 4)) == 9;`,
  },
  {
    id: 'raw-type-heap-pollution',
    stem: '`names` and `namesFast` must each return only the strings in `items` (a list of any objects), as a `List<String>` a caller can read safely. Which version does that?',
    frames: [
      `class Names {
    static List<String> names(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) ⟦if (o instanceof String s) out.add(s)|out.add(String.valueOf(o))=String.valueOf turns every object into text instead of keeping only strings⟧;
        return out;
    }
    static List<String> namesFast(List<?> items) {
        return ⟦names(items)|(List<String>) (List) items=an unchecked cast through a raw type lets non-strings into a List<String>⟧;
    }
}`,
    ],
    check: `List<Object> in = List.of("a", 1, "b");
List<String> x = Names.namesFast(in);
String joined = "";
for (String s : x) joined += s;
return joined.equals("ab");`,
  },
  {
    id: 'string-immutable',
    stem: '`shout` must return its argument in capitals followed by `!`. Which version does that?',
    frames: [
      `class Shout {
    static String shout(String s) {
        String r = s;
        ⟦r = r.toUpperCase();|r.toUpperCase();=String methods return a new string; calling one alone changes nothing⟧
        ⟦r = r + "!";|r.concat("!");=concat returns a new string and leaves r as it was⟧
        return r;
    }
}`,
    ],
    check: `return Shout.shout("hi").equals("HI!");`,
  },
  {
    id: 'stringbuilder-in-loop',
    stem: '`join` must return the items separated by `, ` (comma and space), with no separator at either end. Which version does that?',
    frames: [
      `class Join {
    static String join(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i ⟦>|>==a separator before the first item leaves one at the start⟧ 0) sb.append(", ");
            sb.append(items.get(⟦i|i + 1=counts from one, so it reads past the end⟧));
        }
        return sb.toString();
    }
}`,
    ],
    check: `return Join.join(List.of("a", "b", "c")).equals("a, b, c") && Join.join(List.of()).equals("");`,
  },
  {
    id: 'integer-division',
    stem: '`percent` must return `part` as a percentage of `whole`, with its fraction, such as 12.5 for 1 of 8. Which version does that?',
    frames: [
      `class Percent {
    static double percent(int part, int whole) {
        return ⟦100.0 * part / whole|100 * (part / whole)=int division truncates part / whole to 0 before it is scaled|(double) (100 * part / whole)=the cast comes after the int division has dropped the fraction|100 * part / whole=int arithmetic drops the fraction⟧;
    }
}`,
    ],
    check: `return Percent.percent(1, 8) == 12.5 && Percent.percent(3, 4) == 75.0;`,
  },
  {
    id: 'int-overflow-long',
    stem: '`totalCents` adds up order amounts in cents; a day can exceed 3 billion cents. Which version returns the exact total?',
    frames: [
      `class Totals {
    static long totalCents(int[] amounts) {
        ⟦long|int=an int sum overflows past about 2.1 billion⟧ sum = 0;
        for (int a : amounts) sum += a;
        return ⟦sum|(long) (int) sum=casting through int throws away the high bits|Math.toIntExact(sum)=toIntExact throws once the total passes the int range⟧;
    }
}`,
    ],
    check: `return Totals.totalCents(new int[] {2_000_000_000, 1_500_000_001}) == 3_500_000_001L;`,
  },
  {
    id: 'bigdecimal-money',
    stem: '`withVat` must return the gross price of a net price given as a decimal string, with 20 % VAT, rounded half-up to cents, exactly (e.g. `"0.10"` → `"0.12"`). Which version does that?',
    frames: [
      `class Vat {
    static String withVat(String net) {
        BigDecimal n = ⟦new BigDecimal(net)|new BigDecimal(Double.parseDouble(net))=new BigDecimal(double) carries the binary error of the double⟧;
        return n.multiply(new BigDecimal("1.20")).setScale(2, ⟦RoundingMode.HALF_UP|RoundingMode.DOWN=DOWN truncates instead of rounding|RoundingMode.HALF_EVEN=HALF_EVEN rounds a half to the even cent, not up⟧).toPlainString();
    }
}`,
    ],
    check: `return Vat.withVat("0.10").equals("0.12") && Vat.withVat("1.05").equals("1.26") && Vat.withVat("0.0375").equals("0.05") && Vat.withVat("0.0125").equals("0.02") && Vat.withVat("0.1125").equals("0.14") && Vat.withVat("1.0125").equals("1.22") && Vat.withVat("2.9").equals("3.48");`,
  },
  {
    id: 'bigdecimal-equals-scale',
    stem: '`samePrice` must return whether two prices are the same amount, so `2.0` and `2.00` count as equal. Which version does that?',
    frames: [
      `class Prices {
    static boolean samePrice(BigDecimal a, BigDecimal b) {
        return ⟦a.compareTo(b) == 0|a.equals(b)=BigDecimal.equals also compares the scale, so 2.0 and 2.00 differ|a.hashCode() == b.hashCode()=hash codes depend on the scale too|a.toString().equals(b.toString())=the text keeps the scale's trailing zeros⟧;
    }
}`,
    ],
    check: `return Prices.samePrice(new BigDecimal("2.0"), new BigDecimal("2.00")) && !Prices.samePrice(new BigDecimal("2.0"), new BigDecimal("2.01"));`,
  },
  {
    id: 'switch-fallthrough',
    stem: '`fee` must return 5 for `"standard"`, 15 for `"express"` and 0 for anything else. Which version does that?',
    frames: [
      `class Shipping {
    static int fee(String method) {
        int fee = 0;
        switch (method) {
            case "standard":
                fee = 5;
                ⟦break;|^=without break, execution falls through into the next case⟧
            case "express":
                fee = 15;
                ⟦break;|^=without break, execution falls through into the next case⟧
            default:
                fee = 0;
        }
        return fee;
    }
}`,
    ],
    check: `return Shipping.fee("standard") == 5 && Shipping.fee("express") == 15 && Shipping.fee("pigeon") == 0;`,
  },
  {
    id: 'static-counter-shared',
    stem: 'Each `Ticket` gets a number: the first ticket made is 1, the next 2, and so on, across all tickets. Which version does that?',
    frames: [
      `class Ticket {
    private ⟦static~|^=an instance field starts at zero for every ticket, so every ticket is 1⟧int issued = 0;
    final int number;
    Ticket() { number = ⟦++issued|issued++=post-increment hands out the old value, so the first ticket is 0⟧; }
}`,
    ],
    check: `Ticket a = new Ticket();
Ticket b = new Ticket();
Ticket c = new Ticket();
return b.number - a.number == 1 && c.number - b.number == 1 && a.number >= 1;`,
  },
  {
    id: 'pass-by-value-reference',
    stem: "`reset` must empty the caller's cart (the same list object the caller keeps using). Which version does that?",
    frames: [
      `class Carts {
    static void reset(List<String> cart) {
        ⟦cart.clear();|cart = new ArrayList<>();=assigning the parameter changes only the local copy of the reference|cart = null;=setting the parameter to null leaves the caller's list as it was|List.copyOf(cart).clear();=clearing a copy, which is unmodifiable anyway, never touches the original⟧
    }
}`,
    ],
    check: `List<String> c = new ArrayList<>(List.of("x", "y"));
Carts.reset(c);
return c.isEmpty();`,
  },
  {
    id: 'enum-valueof-lookup',
    stem: '`parse` must turn `"paid"`, `"PAID"` or `" Paid "` into `Status.PAID` and return `Status.UNKNOWN` for any text that names no status. Which version does that?',
    frames: [
      `enum Status {
    PAID, OPEN, UNKNOWN;
    static Status parse(String text) {
        try {
            return Status.valueOf(text⟦.trim().toUpperCase(Locale.ROOT)|.toUpperCase(Locale.ROOT)=surrounding spaces make valueOf fail|^=valueOf is case-sensitive and exact⟧);
        } catch (⟦IllegalArgumentException|NullPointerException=valueOf signals an unknown name with IllegalArgumentException, not NullPointerException⟧ e) {
            return UNKNOWN;
        }
    }
}`,
    ],
    check: `boolean unknown;
try { unknown = Status.parse("lost") == Status.UNKNOWN; } catch (RuntimeException e) { unknown = false; }
return Status.parse("paid") == Status.PAID && Status.parse(" Paid ") == Status.PAID && unknown;`,
  },
  {
    id: 'interface-default-override',
    stem: 'A `Discount` by default gives nothing; a `StudentDiscount` gives 10 % off. `price` must return 90.0 for a student and 100.0 for the default. Which version does that?',
    frames: [
      `interface Discount {
    default double apply(double price) { return price; }
}
class StudentDiscount implements Discount {
    ⟦@Override public double apply(double price)|public double apply(int price)=a method with an int parameter overloads apply and never overrides it|static double apply(double price, boolean student)=a static method with other parameters overrides nothing|public double apply(Double price)=a Double parameter is another signature than double, so it overloads instead of overriding⟧ { return price * 0.9; }
}
class Checkout {
    static double price(Discount d) { return d.apply(100.0); }
}`,
    ],
    check: `return Checkout.price(new StudentDiscount()) == 90.0 && Checkout.price(new Discount() { }) == 100.0;`,
  },
  {
    id: 'private-method-not-overridden',
    stem: '`new Dog().describe()` must return `"woof"` and `new Animal().describe()` must return `"..."`. Which version does that?',
    frames: [
      `class Animal {
    ⟦String|private String=a private method is not inherited, so the subclass's method overrides nothing⟧ sound() { return "..."; }
    String describe() { return sound(); }
}
class Dog extends Animal {
    ⟦String sound()|String sound(boolean loud)=a method with other parameters overloads sound instead of overriding it⟧ { return "woof"; }
}`,
    ],
    check: `return new Dog().describe().equals("woof") && new Animal().describe().equals("...");`,
  },
  {
    id: 'field-shadowing-constructor',
    stem: '`new Account("DE-1", 50).balance()` must return 50. Which version of `Account` does that?',
    frames: [
      `class Account {
    private final String iban;
    private long balance;
    Account(String iban, long ⟦balance|amount=the parameter's new name leaves the assignment below reading the field itself⟧) {
        this.iban = iban;
        ⟦this.balance = balance;|balance = balance;=without this., the parameter is assigned to itself and the field stays 0⟧
    }
    long balance() { return balance; }
}`,
    ],
    check: `return new Account("DE-1", 50).balance() == 50;`,
  },
  {
    id: 'char-arithmetic',
    stem: '`initials("Ada Lovelace")` must return the string `"AL"`. Which version does that?',
    frames: [
      `class Initials {
    static String initials(String fullName) {
        String[] parts = fullName.split(" ");
        return ⟦"" + parts[0].charAt(0) + parts[1].charAt(0)|parts[0].charAt(0) + parts[1].charAt(0) + ""=two chars are added as numbers before the string joins in|String.valueOf(parts[0].charAt(0) + parts[1].charAt(0))=adding two chars gives an int, so valueOf prints a number|"" + parts[0].charAt(0) + parts[1].charAt(1)=charAt counts from zero, so 1 is the second letter⟧;
    }
}`,
    ],
    check: `return Initials.initials("Ada Lovelace").equals("AL");`,
  },
  {
    id: 'split-keeps-trailing-empty',
    stem: '`fields` must return every comma-separated field of a CSV line, empty ones included, so `"a,b,,"` gives four fields. Which version does that?',
    frames: [
      `class Csv {
    static String[] fields(String line) {
        return line.split(⟦",", -1|","=split without a limit removes trailing empty strings|",", 2=a limit of 2 stops splitting after the first comma|",+"=a run of commas is read as one separator, so empty fields vanish⟧);
    }
}`,
    ],
    check: `String[] f = Csv.fields("a,b,,");
String[] g = Csv.fields("a,,c");
return f.length == 4 && f[3].isEmpty() && g.length == 3 && g[1].isEmpty() && g[2].equals("c");`,
  },
  {
    id: 'localdate-immutable',
    stem: '`next` must return the next weekday (Monday to Friday) after the given date. Which version does that?',
    frames: [
      `class BusinessDays {
    static LocalDate next(LocalDate d) {
        LocalDate n = d.plusDays(1);
        if (n.getDayOfWeek() == DayOfWeek.SATURDAY) ⟦n = n.plusDays(2);|n.plusDays(2);=LocalDate is immutable, so plusDays returns a new date that is thrown away here⟧
        if (n.getDayOfWeek() == DayOfWeek.SUNDAY) ⟦n = n.plusDays(1);|n.plusDays(1);=LocalDate is immutable, so plusDays returns a new date that is thrown away here⟧
        return n;
    }
}`,
    ],
    check: `LocalDate friday = LocalDate.of(2026, 12, 4);
return BusinessDays.next(friday).equals(LocalDate.of(2026, 12, 7))
    && BusinessDays.next(friday.plusDays(1)).equals(LocalDate.of(2026, 12, 7))
    && BusinessDays.next(friday.plusDays(3)).equals(LocalDate.of(2026, 12, 8));`,
  },
]
