import type { UsageFamily } from '../editing/editing-model.js'
import { script } from './fixtures.js'

/**
 * Processes, jobs and signals in bash 5 on GNU/Linux (procps ps, coreutils timeout and nice):
 * background jobs and wait, exit statuses of killed processes, which signal a handler can catch,
 * traps, exec and process ids. The families start their own short-lived processes (a few seconds
 * at most), so each check can see their effect. Where a command signals or inspects a process
 * another one started, it first waits for a file that process creates once it is ready (with a
 * ten-second bound), and the process then lives seconds longer than that step needs, so a loaded
 * machine cannot turn a key into a miss or a distractor into a hit. Each wrong form is one
 * written when misreading what a signal, a special parameter or a job-control builtin does.
 */
export const LINUX_PROCESS_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'wait-for-job-status',
    stem: 'In bash on GNU/Linux, job.sh exits with status 3. After starting it with ./job.sh &, which line waits for it and prints its exit status?',
    setup: script('job.sh', 'sleep 0.2; exit 3'),
    frames: [
      './job.sh & ⟦wait $!; echo $?|echo $?=$? is the status of starting the job in the background, 0|wait; echo $?=wait with no id returns 0 once all jobs end|wait $$; echo $?=$$ is the shell’s own process id, not the job’s|echo $!=$! is the job’s process id, not its status⟧',
    ],
    check: 'test "$(cat ../out)" = 3',
  },
  {
    id: 'terminate-so-trap-runs',
    stem: 'In bash on GNU/Linux, the background shell started below cleans up in a trap on TERM. Which kill makes it stop and run that cleanup?',
    frames: [
      'bash -c \'trap "echo cleaned > done.txt; exit" TERM; touch ready; sleep 5 & wait\' & pid=$!; for i in {1..100}; do [ -e ready ] && break; sleep 0.1; done; kill ⟦-TERM|-KILL=KILL cannot be caught, so no trap runs|-0=signal 0 only checks that the process exists|-HUP=HUP ends the shell without running its TERM trap|-INT=INT is not TERM, so the TERM trap never runs (and a script’s background job ignores INT)⟧ "$pid"; wait "$pid"',
    ],
    check: 'test -f done.txt',
  },
  {
    id: 'nohup-survives-hangup',
    stem: 'In bash on GNU/Linux, the job started below must keep running when it is sent SIGHUP (as when the terminal closes). Which prefix does that?',
    frames: [
      "⟦nohup sh -c|sh -c=a job started plainly dies on HUP by default|trap - HUP; sh -c=trap - restores the default action, which ends the job on HUP|nice sh -c=nice only lowers the priority|exec sh -c=exec replaces the shell; the new process still dies on HUP⟧ 'touch up; sleep 5; echo alive > alive.txt' > /dev/null 2>&1 & for i in {1..100}; do [ -e up ] && break; sleep 0.1; done; kill -HUP $!; wait",
    ],
    check: 'test -f alive.txt',
  },
  {
    id: 'trap-exit-cleanup',
    stem: 'In bash on GNU/Linux, a script creates tmp.work and must remove it whenever the script ends, including a normal end. Which trap does that?',
    frames: [
      "⟦trap 'rm -f tmp.work' EXIT|trap 'rm -f tmp.work' ERR=ERR runs only after a failing command|trap 'rm -f tmp.work' INT=INT runs only on an interrupt such as Ctrl-C|trap 'rm -f tmp.work' TERM=TERM runs only when the script is sent that signal|trap rm -f tmp.work EXIT=without quotes only rm is the action; -f and tmp.work are read as signal names⟧; touch tmp.work; echo working",
    ],
    check: '! test -e tmp.work && grep -q working ../out',
  },
  {
    id: 'wait-for-all-jobs',
    stem: 'In bash on GNU/Linux, two background jobs create d1 (after three seconds) and d2. Which line waits until both have finished before listing them?',
    frames: [
      '(sleep 3; touch d1) & (sleep 0.1; touch d2) & ⟦wait|wait $!=$! is only the last job started|wait -n=-n returns when the first job ends|sleep 0.5=a fixed pause guesses at how long the jobs take|jobs=jobs lists the jobs; it does not wait|wait $$=$$ is the shell itself, not one of its jobs⟧; ls d1 d2',
    ],
    check: 'test "$(grep -c \'^d\' ../out)" = 2',
  },
  {
    id: 'process-exists-check',
    stem: 'In bash on GNU/Linux, which test tells whether the process with id $p is still running, without affecting it?',
    frames: [
      'true & dead=$!; sleep 3 & live=$!; wait "$dead"; for p in "$dead" "$live"; do if ⟦kill -0 "$p"|kill "$p"=a plain kill sends TERM and ends the process|test -e "$p"=-e tests for a file named after the id|[ "$p" ]=this only tests that the variable is non-empty|wait "$p"=wait blocks until the process ends, then reports its status⟧ 2>/dev/null; then echo up; else echo down; fi; done; wait "$live"; echo "rc $?"',
    ],
    check: 'test "$(cat ../out)" = "$(printf \'%s\\n\' down up \'rc 0\')"',
  },
  {
    id: 'timeout-stops-command',
    stem: 'In bash on GNU/Linux (coreutils), slow.sh runs for two seconds. Which line stops it after half a second and prints the status timeout reports?',
    setup: script('slow.sh', 'sleep 2; touch finished'),
    frames: [
      '⟦timeout 0.5 ./slow.sh|./slow.sh & sleep 0.5=the script runs on in the background|sleep 0.5; ./slow.sh=this delays the start; the script still runs to the end|ulimit -t 1; ./slow.sh=ulimit -t limits CPU seconds, which a sleeping script does not use⟧; echo "rc=$?"',
    ],
    check: 'grep -qx rc=124 ../out && ! test -e finished',
  },
  {
    id: 'killed-status',
    stem: 'In bash on GNU/Linux, which test is true when the last command was ended by SIGKILL (signal 9)?',
    frames: [
      "sh -c 'kill -KILL $$'; ⟦[ $? -eq 137 ]|[ $? -eq 9 ]=the status is 128 plus the signal number, not the number|[ $? -eq 1 ]=1 is an ordinary failure status|[ $? -eq 143 ]=143 is 128 plus 15, SIGTERM|[ $? -eq 255 ]=255 is the highest ordinary exit status, not 128 plus 9⟧ && echo killed",
    ],
    check: 'test "$(cat ../out)" = killed',
  },
  {
    id: 'ignore-signal',
    stem: 'In bash on GNU/Linux, a script must ignore SIGTERM during a critical step. Which trap makes the kill below leave it running, so it prints survived?',
    frames: [
      "⟦trap '' TERM|trap - TERM=- restores the default action, which ends the shell|trap TERM=a trap with no action resets it to the default|trap 'exit' TERM=the action exit ends the shell|trap '' EXIT=this ignores nothing; EXIT is not a signal sent by kill⟧; kill -TERM $BASHPID; echo survived",
    ],
    check: 'test "$(cat ../out)" = survived',
  },
  {
    id: 'ps-custom-columns',
    stem: 'In bash on GNU/Linux (procps ps), which command prints only the process id and command name of process $pid, with no header line?',
    frames: [
      'sleep 30 & pid=$!; ps ⟦-o pid=,comm= -p "$pid"|-o pid,comm -p "$pid"=without an empty title after each column name, ps prints a header|-p "$pid"=the default columns add TTY and TIME and a header|-o comm= -p "$pid"=only the command name is printed|-o pid= -p "$pid"=only the process id is printed|-o pid=,command= -p "$pid"=command is the whole command line with its arguments, not the name alone|-o pid=,comm= --ppid "$pid"=--ppid selects the process’s children, not the process itself⟧; kill "$pid"',
    ],
    // The name is sleep once the job has started it, or bash for an instant before: either is one
    // line of id and name, and a whole command line (sleep 30, bash -s) is not.
    check: 'grep -Eqx \' *[0-9]+ (sleep|bash)\' ../out && test "$(wc -l < ../out)" = 1',
  },
  {
    id: 'exec-replaces-shell',
    stem: 'In bash on GNU/Linux, the script wrapper.sh so far only records its shell’s process id in wrapper.pid. The line appended below must end it by replacing the wrapper’s shell with server.sh, so that the server keeps the wrapper’s process id and receives its signals directly. Which line does that?',
    setup: `${script('server.sh', 'echo "$$" > server.pid')} && ${script('wrapper.sh', 'echo "$$" > wrapper.pid')}`,
    frames: [
      "echo '⟦exec ./server.sh|./server.sh=a plain command runs as a child with its own id|./server.sh &=a background job is a child with its own id|bash ./server.sh=a new bash is a child with its own id|nohup ./server.sh=nohup itself runs as a child, and the server takes that child’s id⟧' >> wrapper.sh; bash wrapper.sh",
    ],
    check: 'test "$(cat wrapper.pid)" = "$(cat server.pid)"',
  },
  {
    id: 'job-pids',
    stem: 'In bash on GNU/Linux, two jobs run in the background. Which command prints their process ids, one per line?',
    frames: [
      'sleep 30 & sleep 30 & ⟦jobs -p|jobs=jobs alone prints job lines, not ids|echo $!=$! holds only the last job’s id|echo $$=$$ is the shell’s own id|jobs -l=-l prints each job line with its id⟧ > pids.txt; kill %1 %2',
    ],
    check: 'test "$(grep -cx \'[0-9][0-9]*\' pids.txt)" = 2',
  },
  {
    id: 'background-with-log',
    stem: 'In bash on GNU/Linux, server.sh prints on both output streams. Which line starts it in the background with both streams going to server.log?',
    setup: script('server.sh', 'echo out-line; echo err-line >&2'),
    frames: [
      '⟦./server.sh > server.log 2>&1 &|./server.sh & > server.log 2>&1=& ends the command, so the redirections belong to the next one, wait|./server.sh > server.log & 2>&1=the 2>&1 after & is not part of the job|./server.sh 2>&1 > server.log &=2>&1 first copies standard error to where output went before the file⟧ wait',
    ],
    check: 'grep -qx out-line server.log && grep -qx err-line server.log',
  },
  {
    id: 'subshell-own-pid',
    stem: 'In bash on GNU/Linux, which expansion, inside the ( ) subshell of the bash below, gives the subshell’s own process id?',
    frames: [
      'bash -c \'( echo ⟦$BASHPID|$$=$$ keeps the parent shell’s id in a subshell|$PPID=$PPID is the id of the shell’s parent|$!=$! is the id of the last background job, none here|$(echo $$)=a command substitution still expands $$ to the parent shell’s id⟧ > inner.pid ); echo "$$ $PPID" > outer.pid\'',
    ],
    check: 'grep -qx "[0-9][0-9]*" inner.pid && ! grep -qw "$(cat inner.pid)" outer.pid',
  },
  {
    id: 'nice-lower-priority',
    stem: 'In bash on GNU/Linux (coreutils nice), which command starts batch.sh with its niceness raised by 5 (lower priority)?',
    setup: script('batch.sh', 'nice > niceness'),
    frames: [
      '⟦nice -n 5 ./batch.sh|nice -n -5 ./batch.sh=a negative value raises the priority, which needs root|renice 5 ./batch.sh=renice changes processes already running, by id|nice ./batch.sh -n 5=options after the command go to the command, and nice adds its default 10|renice -n 5 ./batch.sh=renice changes processes already running, by id|nice 5 ./batch.sh=without -n nice runs a command named 5⟧',
    ],
    check: 'test "$(cat niceness)" = "$(( $(nice) + 5 ))"',
  },
]
