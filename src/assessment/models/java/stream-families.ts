import type { JavaFamily } from './java-family.js'

/**
 * Streams and Optional: flatMap against map, collectors and their duplicate keys, laziness,
 * reduction identities, ordering of sort and limit, and Optional's eager and lazy fallbacks.
 */
export const STREAM_FAMILIES: readonly JavaFamily[] = [
  {
    id: 'flatmap-distinct-sorted',
    stem: '`allTags` must return every tag used by any post, once each, in alphabetical order. Which version compiles and does that?',
    frames: [
      `record Post(String title, List<String> tags) {
    static List<String> allTags(List<Post> posts) {
        return posts.stream()
            .⟦flatMap(p -> p.tags().stream())|map(p -> p.tags())=map keeps each post's list as one element instead of flattening it⟧
            ⟦.distinct()|^=without distinct a tag used twice appears twice⟧
            ⟦.sorted()|^=a stream keeps its encounter order unless it is sorted⟧
            .toList();
    }
}`,
    ],
    check: `List<Post> p = List.of(new Post("a", List.of("java", "api")), new Post("b", List.of("api", "build")));
return Post.allTags(p).equals(List.of("api", "build", "java"));`,
  },
  {
    id: 'grouping-counting',
    stem: '`perCity` must map each city to the number of customers in it; two customers may have the same name and city, and both count. Which version does that?',
    frames: [
      `record Customer(String name, String city) {
    static Map<String, Long> perCity(List<Customer> customers) {
        return customers.stream()⟦^|.distinct()=distinct drops equal records, so two customers with the same name and city count once⟧
            .collect(⟦Collectors.groupingBy(Customer::city, Collectors.counting())|Collectors.toMap(Customer::city, c -> 1L)=toMap throws on a duplicate key instead of counting|Collectors.toMap(Customer::city, c -> 1L, (a, b) -> b)=a merge function that keeps one value never adds the counts⟧);
    }
}`,
    ],
    check: `List<Customer> l = List.of(new Customer("Ana", "Porto"), new Customer("Ana", "Porto"), new Customer("Bo", "Oslo"), new Customer("Cy", "Porto"));
return Customer.perCity(l).equals(Map.of("Porto", 3L, "Oslo", 1L));`,
  },
  {
    id: 'optional-orelseget-lazy',
    stem: '`find` must return the user stored under `id`, and create a new user (calling `create`) only when none is stored. Which version does that?',
    frames: [
      `class Users {
    static int created = 0;
    static String create(String id) { created++; return "new-" + id; }
    static String find(Map<String, String> db, String id) {
        return Optional.⟦ofNullable|of=Optional.of throws NullPointerException for a missing value⟧(db.get(id)).⟦orElseGet(() -> create(id))|orElse(create(id))=orElse evaluates its argument even when a value is present|get()=get throws on an empty Optional instead of falling back⟧;
    }
}`,
    ],
    check: `Map<String, String> db = Map.of("a", "Ada");
boolean first = Users.find(db, "a").equals("Ada") && Users.created == 0;
return first && Users.find(db, "b").equals("new-b") && Users.created == 1;`,
  },
  {
    id: 'optional-flatmap',
    stem: "`domain` must return the domain part of the customer's email (after the `@`), or an empty `Optional` when there is no customer or no email. Which version compiles and does that?",
    frames: [
      `record Customer(String name, Optional<String> email) {
    static Optional<String> domain(Optional<Customer> customer) {
        return customer.⟦flatMap|map=map wraps the Optional the accessor returns in another Optional⟧(Customer::email).map(e -> ⟦e.substring(e.indexOf('@') + 1)|e.substring(e.indexOf('@'))=substring from the @ keeps the @ itself|e.split("@")[0]=the part before the @ is the local part, not the domain⟧);
    }
}`,
    ],
    check: `Customer c = new Customer("Ada", Optional.of("ada@example.org"));
return Customer.domain(Optional.of(c)).equals(Optional.of("example.org"))
    && Customer.domain(Optional.empty()).isEmpty()
    && Customer.domain(Optional.of(new Customer("Bo", Optional.empty()))).isEmpty();`,
  },
  {
    id: 'reduce-identity',
    stem: '`product` must return the product of the numbers, and 1 for an empty list. Which version does that?',
    frames: [
      `class Products {
    static int product(List<Integer> xs) {
        return xs.stream()⟦.reduce(1, (a, b) -> a * b)|.reduce(0, (a, b) -> a * b)=0 is the identity of addition, and any product with it is 0|.reduce((a, b) -> a * b).get()=reduce without an identity is empty for an empty list, and get throws|.mapToInt(Integer::intValue).sum()=sum adds the numbers instead of multiplying them⟧;
    }
}`,
    ],
    check: `return Products.product(List.of(2, 3, 4)) == 24 && Products.product(List.of()) == 1;`,
  },
  {
    id: 'lazy-stream-no-terminal',
    stem: '`audit` must append every id to `log`, in order. Which version does that?',
    frames: [
      `class Audit {
    static void audit(List<String> ids, List<String> log) {
        ⟦ids.forEach(log::add);|ids.stream().peek(log::add);=a stream without a terminal operation never runs its steps|ids.stream().map(log::add);=intermediate operations are lazy, and nothing here consumes the stream|ids.stream().findFirst().ifPresent(log::add);=findFirst takes one element, not every element⟧
    }
}`,
    ],
    check: `List<String> log = new ArrayList<>();
Audit.audit(List.of("A1", "B2", "C3"), log);
return log.equals(List.of("A1", "B2", "C3"));`,
  },
  {
    id: 'sort-before-limit',
    stem: '`top3` must return the three highest scores, highest first. Which version does that?',
    frames: [
      `class Scores {
    static List<Integer> top3(List<Integer> scores) {
        return scores.stream()⟦.sorted(Comparator.reverseOrder()).limit(3)|.limit(3).sorted(Comparator.reverseOrder())=limit before sorting keeps the first three, not the highest|.sorted().limit(3)=natural order is ascending, so limit keeps the lowest|.sorted(Comparator.reverseOrder()).skip(3)=skip drops the first three instead of keeping them⟧.toList();
    }
}`,
    ],
    check: `return Scores.top3(List.of(40, 90, 10, 70, 80, 20)).equals(List.of(90, 80, 70));`,
  },
  {
    id: 'joining-prefix-suffix',
    stem: '`show` must return the names separated by `, ` inside square brackets, such as `[Ada, Bo]`, and `[]` for no names. Which version does that?',
    frames: [
      `class Show {
    static String show(List<String> names) {
        return names.stream()⟦.collect(Collectors.joining(", ", "[", "]"))|.collect(Collectors.joining("[", ", ", "]"))=the first argument of joining is the delimiter, then the prefix|.reduce("[", (a, b) -> a + ", " + b) + "]"=reducing from the bracket puts a separator before the first name|.map(n -> "[" + n + "]").collect(Collectors.joining(", "))=mapping brackets each name instead of the whole list⟧;
    }
}`,
    ],
    check: `return Show.show(List.of("Ada", "Bo")).equals("[Ada, Bo]") && Show.show(List.of()).equals("[]");`,
  },
  {
    id: 'tomap-merge-order',
    stem: '`index` must map each id to its name; for a repeated id the first name wins, and the map must iterate in the order the ids first appear. Which version does that?',
    frames: [
      `record Item(String id, String name) {
    static Map<String, String> index(List<Item> items) {
        return items.stream().collect(⟦Collectors.toMap(Item::id, Item::name, (first, later) -> first, LinkedHashMap::new)|Collectors.toMap(Item::id, Item::name)=toMap without a merge function throws on a repeated id|Collectors.toMap(Item::id, Item::name, (first, later) -> later, LinkedHashMap::new)=a merge function returning its second argument lets the later name win|Collectors.toMap(Item::id, Item::name, (first, later) -> first, TreeMap::new)=a TreeMap orders the ids alphabetically, not by first appearance⟧);
    }
}`,
    ],
    check: `List<Item> l = List.of(new Item("c", "Cup"), new Item("a", "Axe"), new Item("c", "Cap"), new Item("b", "Bag"));
return Item.index(l).toString().equals("{c=Cup, a=Axe, b=Bag}");`,
  },
  {
    id: 'rangeclosed-squares',
    stem: '`sumOfSquares(n)` must return 1² + 2² + … + n². Which version does that?',
    frames: [
      `class Squares {
    static int sumOfSquares(int n) {
        return IntStream.⟦rangeClosed|range=range excludes its end, so n itself is left out⟧(1, n).map(i -> ⟦i * i|i ^ 2=^ is bitwise exclusive or, not a power⟧).⟦sum()|max().getAsInt()=max keeps the largest square instead of adding them⟧;
    }
}`,
    ],
    check: `return Squares.sumOfSquares(3) == 14 && Squares.sumOfSquares(1) == 1;`,
  },
  {
    id: 'findfirst-strictly-over',
    stem: '`firstLarge` must return the first order, in list order, whose total is over 100, or an empty `Optional` when there is none. Which version does that?',
    frames: [
      `record Order(String id, int total) {
    static Optional<Order> firstLarge(List<Order> orders) {
        return ⟦orders.stream().filter(o -> o.total() > 100).findFirst()|Optional.of(orders.stream().filter(o -> o.total() > 100).findFirst().get())=get throws when no order matches, so empty is never returned|orders.stream().filter(o -> o.total() > 100).max(Comparator.comparingInt(Order::total))=max finds the largest order, not the first|orders.stream().filter(o -> o.total() >= 100).findFirst()=an order of exactly 100 is not over 100⟧;
    }
}`,
    ],
    check: `List<Order> l = List.of(new Order("a", 100), new Order("b", 150), new Order("c", 400));
return Order.firstLarge(l).map(Order::id).equals(Optional.of("b")) && Order.firstLarge(List.of(new Order("d", 5))).isEmpty();`,
  },
  {
    id: 'partitioning-both-keys',
    stem: '`split` must map `true` to the scores of 50 or more and `false` to the rest; both keys must be present even when a side is empty. Which version compiles and does that?',
    frames: [
      `class Exams {
    static Map<Boolean, List<Integer>> split(List<Integer> scores) {
        return scores.stream().collect(⟦Collectors.partitioningBy|Collectors.groupingBy=groupingBy creates only the keys that occur, so an empty side is missing⟧(s -> s ⟦>=|>=a score of exactly 50 is counted as a fail⟧ 50));
    }
}`,
    ],
    check: `Map<Boolean, List<Integer>> m = Exams.split(List.of(60, 50, 70));
return m.get(true).equals(List.of(60, 50, 70)) && m.get(false).isEmpty();`,
  },
  {
    id: 'average-as-double',
    stem: '`averageCents` must return the mean order value in cents with its fraction, and 0.0 for no orders. Which version does that?',
    frames: [
      `record Order(int cents) {
    static double averageCents(List<Order> orders) {
        return ⟦orders.stream().mapToInt(Order::cents).average().orElse(0.0)|orders.isEmpty() ? 0.0 : orders.stream().mapToInt(Order::cents).sum() / orders.size()=int division drops the fraction before it becomes a double|orders.stream().mapToInt(Order::cents).average().getAsDouble()=getAsDouble throws on an empty stream instead of returning 0|orders.stream().mapToInt(Order::cents).sum() / (double) (orders.size() + 1)=dividing by one more than the count is not the mean⟧;
    }
}`,
    ],
    check: `return Order.averageCents(List.of(new Order(1), new Order(2))) == 1.5 && Order.averageCents(List.of()) == 0.0;`,
  },
  {
    id: 'entries-by-value-desc',
    stem: '`bestSellers` must return the names of the two products with the highest sales, highest first. Which version does that?',
    frames: [
      `class Sales {
    static List<String> bestSellers(Map<String, Integer> sales) {
        return sales.entrySet().stream()
            .sorted(⟦Map.Entry.<String, Integer>comparingByValue().reversed()|Map.Entry.<String, Integer>comparingByKey().reversed()=comparingByKey sorts by product name, not by sales|Map.Entry.<String, Integer>comparingByValue()=comparingByValue is ascending, so the lowest sales come first⟧)
            .limit(2)
            .map(⟦Map.Entry::getKey|e -> e.getKey() + "=" + e.getValue()=the result should be names, not name-and-value pairs⟧)
            .toList();
    }
}`,
    ],
    check: `return Sales.bestSellers(Map.of("pen", 30, "ink", 70, "pad", 50, "cap", 10)).equals(List.of("ink", "pad"));`,
  },
  {
    id: 'allmatch-empty',
    stem: '`canShip` must return `true` when every item in the cart is in stock, which holds for an empty cart too. Which version does that?',
    frames: [
      `record Item(String sku, boolean inStock) {
    static boolean canShip(List<Item> cart) {
        return ⟦cart.stream().allMatch(Item::inStock)|cart.stream().anyMatch(Item::inStock)=anyMatch is true when one item is in stock and false for an empty cart|!cart.stream().anyMatch(Item::inStock)=not any in stock means none in stock, not all|!cart.isEmpty() && cart.stream().allMatch(Item::inStock)=allMatch is already true for an empty cart; the emptiness test makes it false⟧;
    }
}`,
    ],
    check: `return Item.canShip(List.of()) && Item.canShip(List.of(new Item("a", true))) && !Item.canShip(List.of(new Item("a", true), new Item("b", false)));`,
  },
  {
    id: 'tolist-unmodifiable',
    stem: '`nonEmpty` must return the non-empty strings in a list the caller can then sort in place. Which version does that?',
    frames: [
      `class Strings {
    static List<String> nonEmpty(List<String> xs) {
        return xs.stream().filter(⟦s -> !s.isEmpty()|String::isEmpty=the method reference keeps the empty strings instead of dropping them⟧).⟦collect(Collectors.toCollection(ArrayList::new))|toList()=Stream.toList returns an unmodifiable list, so sorting it throws|collect(Collectors.toUnmodifiableList())=an unmodifiable list cannot be sorted in place⟧;
    }
}`,
    ],
    check: `List<String> l = Strings.nonEmpty(List.of("b", "", "a"));
l.sort(null);
return l.equals(List.of("a", "b"));`,
  },
  {
    id: 'optional-stream-flatten',
    stem: '`emails` must return the email addresses of the users that have one, in order, and nothing for the others. Which version does that?',
    frames: [
      `record User(String name, Optional<String> email) {
    static List<String> emails(List<User> users) {
        return users.stream().map(User::email)⟦.flatMap(Optional::stream)|.map(Optional::get)=get throws on a user without an email|.map(o -> o.orElse(""))=orElse puts an empty string in for each user without an email|.filter(Optional::isPresent).map(Optional::toString)=toString gives Optional[...] text, not the address⟧.toList();
    }
}`,
    ],
    check: `List<User> u = List.of(new User("a", Optional.of("a@x.io")), new User("b", Optional.empty()), new User("c", Optional.of("c@x.io")));
return User.emails(u).equals(List.of("a@x.io", "c@x.io"));`,
  },
  {
    id: 'stream-single-use',
    stem: '`describe` must return how many names are longer than three letters and then the first of them, such as `2 Anna`. Which version does that?',
    frames: [
      `class Names {
    static String describe(List<String> names) {
        ⟦Supplier<Stream<String>> longNames = () -> names.stream().filter(n -> n.length() > 3);|Stream<String> s = names.stream().filter(n -> n.length() > 3);
        Supplier<Stream<String>> longNames = () -> s;=a supplier returning the same stream hands out a stream that has already been used⟧
        return longNames.get().count() + " " + longNames.get().⟦findFirst()|findAny().filter(n -> n.length() > 4)=the extra filter drops a first name of exactly four letters⟧.orElse("");
    }
}`,
    ],
    check: `return Names.describe(List.of("Bo", "Anna", "Ulrike")).equals("2 Anna");`,
  },
  {
    id: 'optional-nullable-fallback',
    stem: "`displayName` must return the user's nickname when one is set (it may be `null`) and the user's name otherwise. Which version does that?",
    frames: [
      `record User(String name, String nickname) {
    String displayName() {
        return ⟦Optional.ofNullable(nickname).orElse(name)|Optional.of(nickname).orElse(name)=Optional.of throws NullPointerException when there is no nickname|Objects.requireNonNullElse(name, nickname)=the value comes first and the fallback second, so the name always wins|Optional.ofNullable(nickname).orElseThrow()=orElseThrow fails when there is no nickname instead of falling back⟧;
    }
}`,
    ],
    check: `return new User("Ada", "ada99").displayName().equals("ada99") && new User("Bo", null).displayName().equals("Bo");`,
  },
  {
    id: 'grouping-summing',
    stem: '`totals` must map each customer to the sum of their order amounts in cents. Which version does that?',
    frames: [
      `record Order(String customer, int cents) {
    static Map<String, Integer> totals(List<Order> orders) {
        return orders.stream().collect(⟦Collectors.groupingBy(Order::customer, Collectors.summingInt(Order::cents))|Collectors.toMap(Order::customer, Order::cents)=toMap throws on a customer with a second order|Collectors.toMap(Order::customer, Order::cents, Math::max)=a merge by max keeps the largest order, not the sum|Collectors.groupingBy(Order::customer, Collectors.reducing(0, Order::cents, (a, b) -> b))=a reduction that keeps its second argument keeps the last order only⟧);
    }
}`,
    ],
    check: `List<Order> l = List.of(new Order("ann", 500), new Order("bob", 200), new Order("ann", 250));
return Order.totals(l).equals(Map.of("ann", 750, "bob", 200));`,
  },
]
