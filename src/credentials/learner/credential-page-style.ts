/**
 * The credential page's style: the app's colours, type and card frame, inlined so a shared page
 * is one request and needs none of the app's bundle. Narrow screens get one column.
 */
export const CREDENTIAL_PAGE_STYLE = `
:root{--ink:#16182b;--muted:#4a4f6a;--line:#e2e4ee;--surface:#fff;--canvas:#f6f7fb;--brand:#3b3fd8;
--pass:#137a4b;--pass-tint:#e3f6ec;--warn:#8a5100;--warn-tint:#fff3dc;--fail:#b42334;--fail-tint:#fde8eb;
font-family:"Inter",system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",sans-serif;color:var(--ink);
background:var(--canvas);line-height:1.5}
*{box-sizing:border-box}
body{margin:0}
.top{background:var(--surface);border-bottom:1px solid var(--line);padding:12px 20px}
.brand{font-weight:700;color:var(--brand)}
main{max-width:760px;margin:0 auto;padding:20px 16px 48px}
h1,h2{line-height:1.2;margin:0 0 .4em}
h1{font-size:1.6rem}
h2{font-size:1.15rem;margin-top:1.2em}
.banner{border-radius:12px;padding:14px 18px;margin-bottom:16px;border:1px solid}
.banner h2{margin:0 0 4px;font-size:1.2rem}
.banner p{margin:4px 0 0}
.banner-pass{background:var(--pass-tint);color:var(--pass);border-color:var(--pass)}
.banner-warn{background:var(--warn-tint);color:var(--warn);border-color:var(--warn)}
.banner-fail{background:var(--fail-tint);color:var(--fail);border-color:var(--fail)}
.live{font-size:.85rem;overflow-wrap:anywhere}
.card{background:var(--surface);border:1px solid var(--line);border-radius:12px;padding:20px;
box-shadow:0 1px 2px rgb(22 24 43/6%),0 4px 16px rgb(22 24 43/6%)}
.head{display:flex;gap:16px;align-items:flex-start}
.head img{border-radius:12px;flex-shrink:0}
.muted{color:var(--muted)}
dl{display:grid;grid-template-columns:1fr 1fr;gap:10px 20px;margin:16px 0}
dl div{min-width:0}
dt{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
dd{margin:0;overflow-wrap:anywhere}
details{margin-top:16px}
#checks{font-size:.85rem;overflow-wrap:anywhere}
.links{display:flex;flex-wrap:wrap;gap:8px;margin-top:16px}
.links a{border:1px solid var(--line);border-radius:8px;padding:6px 12px;color:var(--brand);
text-decoration:none;font-weight:600}
.links a:hover,.links a:focus{border-color:var(--brand)}
@media (max-width:560px){dl{grid-template-columns:1fr}.head{flex-direction:column}h1{font-size:1.35rem}}
`
