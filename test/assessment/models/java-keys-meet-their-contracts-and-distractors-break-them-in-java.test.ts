import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import type { JavaFamily } from '../../../src/assessment/models/java/java-family.js'
import { JAVA_FAMILIES } from '../../../src/assessment/models/java/java-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

interface Reading {
  readonly family: string
  readonly text: string
  /** Empty for the key. */
  readonly mistake: string
}

/** The key and every one- and two-mistake reading of each frame: every option a form can show. */
function readings(family: JavaFamily): Reading[] {
  return family.frames.flatMap((frame) => {
    const parts = parseFrame(resolveWords(frame, (choices) => choices[0]!))
    const points = editPoints(parts)
    const out: Reading[] = [{ family: family.id, text: render(parts), mistake: '' }]
    points.forEach((p, i) => {
      p.wrong.forEach((w, j) => {
        out.push({ family: family.id, text: render(parts, new Map([[i, j]])), mistake: w.mistake })
        points.forEach((q, k) => {
          if (k <= i) return
          q.wrong.forEach((v, n) => {
            const errors = new Map([
              [i, j],
              [k, n],
            ])
            const text = render(parts, errors)
            out.push({ family: family.id, text, mistake: `${w.mistake} + ${v.mistake}` })
          })
        })
      })
    })
    return out
  })
}

// The imports every option is compiled with, as a project's file would declare them; the stems
// show classes only, and this is what "Java 17 with the usual imports" means.
const IMPORTS = [
  'java.util.*',
  'java.util.function.*',
  'java.util.stream.*',
  'java.util.concurrent.*',
  'java.util.concurrent.atomic.*',
  'java.util.concurrent.locks.*',
  'java.io.*',
  'java.math.*',
  'java.nio.charset.*',
  'java.time.*',
  'java.nio.file.*',
]
  .map((p) => `import ${p};`)
  .join('\n')

// A POM fragment is read the way Maven reads it: as XML, into a document the check queries.
const POM_READER = `final class Pom {
    static org.w3c.dom.Document parse(String xml) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(("<project>" + xml + "</project>").getBytes(StandardCharsets.UTF_8)));
    }
    /** The text of the first element named tag inside the dependency whose artifactId is given, or null. */
    static String dep(org.w3c.dom.Document d, String artifactId, String tag) {
        org.w3c.dom.NodeList deps = d.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) deps.item(i);
            if (text(e, "artifactId").equals(artifactId)) return text(e, tag);
        }
        return null;
    }
    static String text(org.w3c.dom.Element e, String tag) {
        org.w3c.dom.NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
    }
}`

/** One compilation unit per option, in a package of its own, with the family's check beside it. */
function unit(index: number, family: JavaFamily, text: string): string {
  const check = `final class Check {\n    static boolean run() throws Exception {\n${family.check}\n    }\n}`
  const body =
    family.wrap === 'pom'
      ? `${POM_READER}\nfinal class Check {\n    static final String POM = """\n${text}\n""";\n    static boolean run() throws Exception {\n        org.w3c.dom.Document pom = Pom.parse(POM);\n${family.check}\n    }\n}`
      : `${text}\n${check}`
  return `package o${index};\n${IMPORTS}\n${body}\n`
}

// One JVM compiles every option with the platform's compiler and judges it. The compiler reports
// every file's errors of one phase (types, then flow) but writes no class after its first error,
// so it compiles again the files it found sound until none fails; in a warm JVM the later rounds
// are cheap. Each check then runs on a daemon thread with a time limit (a deadlock or a lost
// wake-up fails, it does not hang the run), sixteen at a time so the checks that sleep overlap.
// The first line has one letter per option: P passed, F returned false, E threw, T timed out,
// C did not compile; each further line names a file that did not compile and its first error.
const JUDGE = `import java.lang.reflect.Method;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import javax.tools.*;
public class Judge {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = root.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
        Map<Integer, String> failed = new TreeMap<>();
        for (int round = 0; round < 4; round++) {
            List<Path> sources = new ArrayList<>();
            for (int i = 0; i < n; i++) if (!failed.containsKey(i)) sources.add(root.resolve("o" + i).resolve("Check.java"));
            DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
            List<String> options = List.of("-d", out.toString(), "-proc:none", "-nowarn", "-Xlint:none", "-Xmaxerrs", "100000");
            javac.getTask(null, files, found, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
            int before = failed.size();
            for (Diagnostic<? extends JavaFileObject> d : found.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) continue;
                String dir = Path.of(d.getSource().toUri()).getParent().getFileName().toString();
                failed.putIfAbsent(Integer.parseInt(dir.substring(1)), d.getMessage(Locale.ROOT).replace('\\n', ' '));
            }
            if (failed.size() == before) break;
        }
        ClassLoader loader = new URLClassLoader(new URL[] { out.toUri().toURL() });
        char[] verdicts = new char[n];
        for (int start = 0; start < n; start += 16) {
            Map<Integer, FutureTask<Object>> running = new TreeMap<>();
            for (int i = start; i < Math.min(n, start + 16); i++) {
                Class<?> c;
                try { c = Class.forName("o" + i + ".Check", false, loader); }
                catch (ClassNotFoundException e) { verdicts[i] = 'C'; continue; }
                Method m = c.getDeclaredMethod("run");
                m.setAccessible(true);
                FutureTask<Object> task = new FutureTask<>(() -> m.invoke(null));
                Thread t = new Thread(task);
                t.setDaemon(true);
                t.start();
                running.put(i, task);
            }
            for (Map.Entry<Integer, FutureTask<Object>> r : running.entrySet()) {
                try { verdicts[r.getKey()] = Boolean.TRUE.equals(r.getValue().get(3, TimeUnit.SECONDS)) ? 'P' : 'F'; }
                catch (TimeoutException e) { verdicts[r.getKey()] = 'T'; }
                catch (ExecutionException e) { verdicts[r.getKey()] = 'E'; }
            }
        }
        System.out.println(new String(verdicts));
        for (Map.Entry<Integer, String> f : failed.entrySet()) System.out.println(f.getKey() + "\\t" + f.getValue());
        System.exit(0);
    }
}
`

const hasJavac = spawnSync('javac', ['-version']).status === 0
const dir = mkdtempSync(join(tmpdir(), 'java-keys-'))
afterAll(() => {
  if (!process.env.KEEP_JAVA) rmSync(dir, { recursive: true, force: true })
})

describeEngineIndependent('the Java item families', () => {
  it('cover at least 90 distinct families, every one with a check and a stem of its own', () => {
    const ids = JAVA_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(90)
    expect(JAVA_FAMILIES.every((f) => f.check.includes('return'))).toBe(true)
    // A variant shows the key and three distractors, so every frame must yield three.
    const few = JAVA_FAMILIES.filter(
      (f) => readings(f).length - f.frames.length < 3 * f.frames.length,
    )
    expect(few.map((f) => f.id)).toEqual([])
  })

  it.skipIf(!hasJavac)(
    'compiled and run by a real Java: every key meets its check and every distractor breaks it',
    () => {
      const all = JAVA_FAMILIES.flatMap((f) => readings(f).map((r) => ({ ...r, f })))
      all.forEach((r, i) => {
        mkdirSync(join(dir, `o${i}`), { recursive: true })
        writeFileSync(join(dir, `o${i}`, 'Check.java'), unit(i, r.f, r.text))
      })
      writeFileSync(join(dir, 'Judge.java'), JUDGE)
      const judge = spawnSync('javac', ['-d', dir, join(dir, 'Judge.java')], { encoding: 'utf8' })
      expect(judge.stderr).toBe('')
      const run = spawnSync('java', ['-cp', dir, 'Judge', dir, String(all.length)], {
        encoding: 'utf8',
        timeout: 400_000,
      })
      const [verdicts = '', ...errorLines] = run.stdout.trim().split('\n')
      expect(verdicts.length).toBe(all.length)
      const failed = new Map(
        errorLines.map((l) => [Number(l.slice(0, l.indexOf('\t'))), l.slice(l.indexOf('\t') + 1)]),
      )
      const wrong: string[] = []
      all.forEach((r, i) => {
        const verdict = verdicts[i]!
        if (verdict === 'C' && !failed.has(i)) wrong.push(`${r.family}: no class and no error`)
        const isKey = r.mistake === ''
        if (isKey && verdict !== 'P') {
          const why = verdict === 'C' ? failed.get(i) : verdict
          wrong.push(`${r.family} key fails (${why}):\n${r.text}`)
        }
        if (!isKey && verdict === 'P')
          wrong.push(`${r.family} distractor passes (${r.mistake}):\n${r.text}`)
      })
      expect(wrong).toEqual([])
    },
    420_000,
  )
})
