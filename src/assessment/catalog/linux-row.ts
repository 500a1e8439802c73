import { row } from './catalog-row.js'

/**
 * The GNU/Linux command line as a freelancer doing server, DevOps or development work uses it on
 * a client's machine, every key a command run in bash with GNU tools (see the key test), never a
 * habit of one distribution or one team.
 */
export const LINUX_ROW = row(
  'linux-command-line',
  'Linux command line',
  'Technology & IT',
  4,
  20,
  [
    ['linuxFiles', 20],
    ['linuxText', 25],
    ['linuxShell', 25],
    ['linuxFindArchives', 15],
    ['linuxProcesses', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelancer hired for server, DevOps or development work spends much of it at a bash ' +
      'prompt on a client’s Debian or Ubuntu machine, often over SSH and with root access, ' +
      'where a wrong command costs the client data or an outage. The most frequent work is ' +
      'reading and reshaping text: searching logs and configuration with grep, editing ' +
      'configuration in place with sed, summing, counting and ranking with awk, sort, uniq, ' +
      'cut, tr, wc, head and tail (25 %). Nearly as much is writing the one-liners and short ' +
      'scripts that automate it, where the shell language decides the result: quoting, the ' +
      'order of expansions, globbing, redirection and pipes, exit status and set -e, variables, ' +
      'arrays and parameter expansion (25 %). Deploying and securing files comes next: modes ' +
      'in octal and symbolic form, the umask, setgid and sticky folders, hard and symbolic ' +
      'links, copying and moving without losing times or overwriting (20 %). Housekeeping finds ' +
      'files by name, age, size and depth, acts on them with -exec and xargs, and moves them ' +
      'in tar and gzip archives (15 %). Running services and jobs means background jobs and ' +
      'wait, exit statuses, signals and traps, timeouts, exec and ps (15 %). Package managers, ' +
      'systemd, networking and user administration differ between distributions or belong to ' +
      'system administration, so they are not tested; ownership changes need root and a ' +
      'client’s accounts, so chown is not tested either. Every stem names bash on GNU/Linux, ' +
      'and every key is a command run in bash 5 with GNU coreutils, findutils, grep, sed, gawk ' +
      'and tar in the C locale.',
  },
)
