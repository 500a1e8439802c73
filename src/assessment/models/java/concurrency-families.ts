import type { JavaFamily } from './java-family.js'

/**
 * Concurrency basics a freelancer meets in service code: starting threads, visibility of a flag,
 * locks released on every path, monitors for wait and notify, latches, semaphores, executors and
 * their futures. Every check is deterministic: it waits on latches and time limits, never on a
 * lucky interleaving.
 */
export const CONCURRENCY_FAMILIES: readonly JavaFamily[] = [
  {
    id: 'thread-start-not-run',
    stem: '`launch` must run the job on a new thread and return at once. Which version does that?',
    frames: [
      `class Jobs {
    static void launch(Runnable job) {
        ⟦new Thread(job).start();|new Thread(job).run();=run() executes the job in the calling thread; start() creates the new one|new Thread(job);=creating a Thread object does not start it|job.run();=calling run directly executes the job in the calling thread⟧
    }
}`,
    ],
    check: `Thread caller = Thread.currentThread();
AtomicReference<Thread> ran = new AtomicReference<>();
CountDownLatch done = new CountDownLatch(1);
Jobs.launch(() -> { ran.set(Thread.currentThread()); done.countDown(); });
return done.await(2, TimeUnit.SECONDS) && ran.get() != caller;`,
  },
  {
    id: 'countdown-latch-count',
    stem: '`Gate(n).awaitAll` must return `true` only after all `n` workers have called `done()`, and `false` if the time runs out first. Which version does that?',
    frames: [
      `final class Gate {
    private final CountDownLatch latch;
    Gate(int workers) { latch = new CountDownLatch(⟦workers|1=a latch of one opens after the first worker|workers - 1=a latch opens at zero, so it needs one count per worker, not one fewer|workers + 1=counting the waiting thread as a worker leaves the latch closed for ever⟧); }
    void done() { latch.countDown(); }
    boolean awaitAll(long millis) throws InterruptedException {
        return latch.await(millis, TimeUnit.MILLISECONDS);
    }
}`,
    ],
    check: `Gate g = new Gate(3);
g.done();
g.done();
boolean early = g.awaitAll(50);
g.done();
return !early && g.awaitAll(1_000);`,
  },
  {
    id: 'volatile-stop-flag',
    stem: "`stop()` is called from another thread, and the worker's loop must see it; stopping one worker must not stop the others. Which declaration of `running` does that?",
    frames: [
      `final class Worker implements Runnable {
    private ⟦volatile~|^=without volatile the loop's thread may never see another thread's write|static volatile~=a static flag is shared by every worker, so stopping one stops them all|transient~=transient only keeps a field out of serialization and does nothing for visibility between threads⟧boolean running = true;
    public void run() { while (running) Thread.onSpinWait(); }
    void stop() { running = false; }
    boolean isRunning() { return running; }
}`,
    ],
    check: `Worker a = new Worker();
Worker b = new Worker();
a.stop();
return !a.isRunning() && b.isRunning() && java.lang.reflect.Modifier.isVolatile(Worker.class.getDeclaredField("running").getModifiers());`,
  },
  {
    id: 'unlock-in-finally',
    stem: '`withdraw` must throw `IllegalStateException` when funds are short and must never leave the lock held, so other threads can still withdraw. Which version does that?',
    frames: [
      `final class Account {
    private final ReentrantLock lock = new ReentrantLock();
    private long balance;
    Account(long balance) { this.balance = balance; }
    void withdraw(long amount) {
        ⟦lock.lock();
        try {
            if (amount > balance) throw new IllegalStateException("funds");
            balance -= amount;
        } finally {
            lock.unlock();
        }|lock.lock();
        try {
            if (amount > balance) throw new IllegalStateException("funds");
            balance -= amount;
            lock.unlock();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("funds");
        }=an unlock at the end of the try block is skipped when the check throws|lock.lock();
        if (amount > balance) throw new IllegalStateException("funds");
        balance -= amount;
        lock.unlock();=an exception skips an unlock that is not in finally, so the lock stays held|lock.lock();
        if (amount > balance) throw new IllegalStateException("funds");
        try {
            balance -= amount;
        } finally {
            lock.unlock();
        }=the check throws after lock() and before the try, so its finally never runs⟧
    }
}`,
    ],
    check: `Account a = new Account(10);
try { a.withdraw(50); } catch (IllegalStateException e) { }
ExecutorService other = Executors.newSingleThreadExecutor();
try {
    other.submit(() -> a.withdraw(5)).get(1, TimeUnit.SECONDS);
    try { a.withdraw(50); return false; } catch (IllegalStateException e) { return true; }
} catch (TimeoutException e) {
    return false;
} finally {
    other.shutdownNow();
}`,
  },
  {
    id: 'invokeall-task-order',
    stem: '`runAll` must run the tasks on the pool and return all their results in the order of the tasks, whichever finishes first. Which version does that?',
    frames: [
      `class Batch {
    static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<String> out = new ArrayList<>();
            ⟦for (Future<String> f : pool.invokeAll(tasks)) out.add(f.get());|out.add(pool.invokeAny(tasks));=invokeAny returns the result of one task, not of all|ExecutorCompletionService<String> done = new ExecutorCompletionService<>(pool);
            for (Callable<String> t : tasks) done.submit(t);
            for (int i = 0; i < tasks.size(); i++) out.add(done.take().get());=a completion service hands results back in the order tasks finish|for (Callable<String> t : tasks) pool.submit(() -> out.add(t.call()));=submitting without waiting returns before the tasks have finished⟧
            return out;
        } finally {
            pool.shutdown();
        }
    }
}`,
    ],
    check: `List<Callable<String>> tasks = List.of(
    () -> { Thread.sleep(300); return "slow"; },
    () -> "fast",
    () -> { Thread.sleep(100); return "mid"; });
return Batch.runAll(tasks).equals(List.of("slow", "fast", "mid"));`,
  },
  {
    id: 'wait-notify-monitor',
    stem: '`take` must block until another thread calls `put`, then return that message. Which version of `put` makes this work?',
    frames: [
      `final class Mailbox {
    private String message;
    ⟦synchronized~|^=wait and notify need the object's monitor, so an unsynchronized notifyAll throws IllegalMonitorStateException⟧void put(String m) {
        message = m;
        ⟦notifyAll();|^=without a notification the waiting thread is never woken⟧
    }
    synchronized String take() throws InterruptedException {
        while (message == null) wait();
        String m = message;
        message = null;
        return m;
    }
}`,
    ],
    check: `Mailbox box = new Mailbox();
ExecutorService reader = Executors.newSingleThreadExecutor();
try {
    Future<String> got = reader.submit(box::take);
    Thread.sleep(100);
    box.put("hello");
    return got.get(1, TimeUnit.SECONDS).equals("hello");
} catch (TimeoutException e) {
    return false;
} finally {
    reader.shutdownNow();
}`,
  },
  {
    id: 'compare-and-set-loop',
    stem: '`reserve(n)` must take `n` seats when at least `n` are left (returning `true`) and otherwise take none (returning `false`), safely under concurrent calls. Which version does that?',
    frames: [
      `final class Seats {
    private final AtomicInteger left;
    Seats(int n) { left = new AtomicInteger(n); }
    boolean reserve(int n) {
        while (true) {
            int now = left.get();
            if (now ⟦<|<==a request for exactly the seats left is refused⟧ n) return false;
            if (left.compareAndSet(⟦now, now - n|now, n=the new value is the seats left after the reservation, not the seats taken⟧)) return true;
        }
    }
    int left() { return left.get(); }
}`,
    ],
    check: `Seats s = new Seats(5);
ExecutorService one = Executors.newSingleThreadExecutor();
try {
    return one.submit(() -> s.reserve(3) && !s.reserve(3) && s.reserve(2) && !s.reserve(1) && s.left() == 0).get(1, TimeUnit.SECONDS);
} catch (TimeoutException e) {
    return false;
} finally {
    one.shutdownNow();
}`,
  },
  {
    id: 'execution-exception-cause',
    stem: 'When the task fails, `run` must throw the very exception the task threw (not a wrapper). Which version does that?',
    frames: [
      `class Tasks {
    static int run(Callable<Integer> task) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return pool.submit(task).get();
        } catch (ExecutionException e) {
            throw ⟦(Exception) e.getCause()|e=rethrowing the ExecutionException hands the caller the wrapper|new RuntimeException(e.getMessage())=a new exception from the message loses the task's own exception|new Exception(e.getCause())=wrapping the cause again hands the caller another wrapper⟧;
        } finally {
            pool.shutdown();
        }
    }
}`,
    ],
    check: `IOException failure = new IOException("disk");
try {
    Tasks.run(() -> { throw failure; });
    return false;
} catch (Exception e) {
    return e == failure && Tasks.run(() -> 7) == 7;
}`,
  },
  {
    id: 'semaphore-limit',
    stem: '`fetch` may be called from many threads, but at most two jobs may run at the same time. Which version does that?',
    frames: [
      `final class Downloads {
    private final Semaphore permits = new Semaphore(⟦2|4=the permit count is the limit, so four permits let four jobs run⟧);
    <T> T fetch(Callable<T> job) throws Exception {
        permits.⟦acquire()|tryAcquire()=tryAcquire returns false instead of waiting, and the code goes on without a permit⟧;
        try {
            return job.call();
        } finally {
            permits.release();
        }
    }
}`,
    ],
    check: `Downloads d = new Downloads();
AtomicInteger now = new AtomicInteger();
AtomicInteger peak = new AtomicInteger();
Callable<Integer> job = () -> {
    peak.accumulateAndGet(now.incrementAndGet(), Math::max);
    Thread.sleep(150);
    now.decrementAndGet();
    return 1;
};
ExecutorService pool = Executors.newFixedThreadPool(4);
try {
    List<Future<Integer>> fs = new ArrayList<>();
    for (int i = 0; i < 4; i++) fs.add(pool.submit(() -> d.fetch(job)));
    int sum = 0;
    for (Future<Integer> f : fs) sum += f.get(2, TimeUnit.SECONDS);
    return sum == 4 && peak.get() <= 2;
} finally {
    pool.shutdownNow();
}`,
  },
  {
    id: 'atomic-increment-return',
    stem: '`nextId` must hand out 1, 2, 3, … to concurrent callers, each number once. Which version does that?',
    frames: [
      `final class Ids {
    private final AtomicLong last = new AtomicLong();
    long nextId() {
        return ⟦last.incrementAndGet()|last.getAndIncrement()=getAndIncrement returns the value before the increment, so the first id is 0|last.get() + 1=reading and adding without writing back hands out the same id again|last.addAndGet(0) + 1=adding zero leaves the counter unchanged, so every id is the same⟧;
    }
}`,
    ],
    check: `Ids ids = new Ids();
return ids.nextId() == 1 && ids.nextId() == 2 && ids.nextId() == 3;`,
  },
  {
    id: 'shutdown-await',
    stem: '`runAll` must return only after every submitted task has finished. Which version does that?',
    frames: [
      `class Runner {
    static void runAll(List<Runnable> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (Runnable t : tasks) pool.execute(t);
        ⟦pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);|pool.shutdown();=shutdown stops new submissions but does not wait for running tasks|pool.shutdownNow();=shutdownNow interrupts running tasks and drops queued ones|pool.awaitTermination(50, TimeUnit.MILLISECONDS);
        pool.shutdown();=awaiting before shutdown only waits out the timeout, since the pool never terminates on its own⟧
    }
}`,
    ],
    check: `AtomicInteger finished = new AtomicInteger();
Runnable slow = () -> {
    try { Thread.sleep(200); finished.incrementAndGet(); } catch (InterruptedException e) { }
};
Runner.runAll(List.of(slow, slow, slow));
return finished.get() == 3;`,
  },
  {
    id: 'synchronized-same-monitor',
    stem: '`add` and `total` are called from different threads, and `total` must return the sum of every amount added before it. Which version guards both with the same lock?',
    frames: [
      `final class Ledger {
    private final Object lock = new Object();
    private long sum;
    void add(long amount) {
        synchronized (⟦lock|new Object()=a new object per call is a lock no other thread ever holds⟧) { sum += amount; }
    }
    long total() {
        synchronized (⟦lock|this=this is another monitor than lock, so the two methods do not exclude each other⟧) { return sum; }
    }
}`,
    ],
    check: `Ledger l = new Ledger();
java.lang.reflect.Field f = Ledger.class.getDeclaredField("lock");
f.setAccessible(true);
Object lock = f.get(l);
ExecutorService other = Executors.newFixedThreadPool(2);
try {
    Future<?> add;
    Future<Long> total;
    synchronized (lock) {
        add = other.submit(() -> l.add(5));
        total = other.submit(l::total);
        try { add.get(400, TimeUnit.MILLISECONDS); return false; } catch (TimeoutException e) { }
        try { total.get(400, TimeUnit.MILLISECONDS); return false; } catch (TimeoutException e) { }
    }
    add.get(1, TimeUnit.SECONDS);
    total.get(1, TimeUnit.SECONDS);
    return l.total() == 5;
} finally {
    other.shutdownNow();
}`,
  },
]
