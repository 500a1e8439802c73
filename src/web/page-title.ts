import { useEffect } from 'react'

/** Names the browser tab after what the page shows (a test's title), once it is known. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} · SkillSignal`
  }, [title])
}
