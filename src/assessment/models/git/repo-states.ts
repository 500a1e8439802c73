/**
 * Starting repositories the Git families share, as shell steps run inside a fresh repository whose
 * branch is main. Only the tests run them (with a real git); the stems describe the same state in
 * words. A remote lives beside the repository in ../origin.git, a teammate's clone in ../mate.
 */

/** A commit adding (or overwriting) one file whose content is the commit's subject. */
export const commit = (subject: string, file: string): string =>
  `echo ${subject} > ${file} && git add ${file} && git commit -qm ${subject}`

/** One commit on main: a.txt holding `one`. */
export const BASE = 'echo one > a.txt && git add a.txt && git commit -qm first'

/** BASE, then feature one commit ahead of main (f.txt), checked out on main. */
export const FEATURE_AHEAD = `${BASE} && git switch -qc feature && ${commit('feat', 'f.txt')} && git switch -q main`

/** feature and main both changed a.txt since they parted (feature also adds f.txt); on main. */
export const DIVERGED_ON_A = `${BASE} && git switch -qc feature && echo feature > a.txt && echo f > f.txt && git add . && git commit -qm feat && git switch -q main && echo main > a.txt && git commit -qam mainwork`

/** BASE pushed to a bare origin, main tracking origin/main. */
export const PUSHED = `${BASE} && git init -q --bare -b main ../origin.git && git remote add origin ../origin.git && git push -q -u origin main`

/** A teammate clones origin and pushes one commit (mate, m.txt) to main. */
export const MATE_PUSHES = `git clone -q ../origin.git ../mate && (cd ../mate && ${commit('mate', 'm.txt')} && git push -q)`
