/// The view's style sheet and script, inlined in every page so it works with no network.
enum HTMLStyle {
  /// Background colours for the entity labels Marquee's tagger uses; other labels get one from
  /// ``fallbackColours`` chosen by a hash of the label.
  static let entityColours: [String: String] = [
    "CAST": "#ffd8a8", "CREW": "#b2f2bb", "CHARACTER": "#d0bfff", "TITLE": "#a5d8ff",
    "PERSON": "#ffc9c9", "ORG": "#c3fae8",
  ]
  static let fallbackColours = ["#fcc2d7", "#ffec99", "#e9ecef", "#99e9f2", "#d8f5a2", "#eebefa"]

  /// Underline colours for evaluation polarities.
  static let polarityColours: [String: String] = [
    "positive": "#2b8a3e", "negative": "#c92a2a", "mixed": "#e67700", "neutral": "#868e96",
  ]

  static func colour(forEntity label: String) -> String {
    if let colour = entityColours[label] { return colour }
    var hash: UInt32 = 2_166_136_261
    for byte in label.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return fallbackColours[Int(hash % UInt32(fallbackColours.count))]
  }

  static let css = """
    :root{--ink:#212529;--muted:#6c757d;--line:#dee2e6;--paper:#fff;--panel:#f8f9fa}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.6 Georgia,'Iowan Old Style','Palatino Linotype',serif;color:var(--ink);background:#f1f3f5}
    header.corpus,nav.index{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
    nav.index{max-width:1200px;margin:1.5rem auto;padding:1rem 1.5rem;background:var(--paper);border:1px solid var(--line);border-radius:8px}
    nav.index table{border-collapse:collapse;width:100%;font-size:.9rem}
    nav.index td,nav.index th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
    article.doc{max-width:1200px;margin:1.5rem auto;display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:1.5rem;padding:0 1rem}
    .review{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1.5rem 2rem}
    .review h1{font-size:1.4rem;margin:0 0 .2rem}
    .review .meta{font:13px system-ui,sans-serif;color:var(--muted);margin-bottom:1rem}
    .text{white-space:pre-wrap;unicode-bidi:plaintext;overflow-wrap:anywhere}
    aside{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif}
    aside section{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin-bottom:1rem}
    aside h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .5rem}
    .ent{border-radius:3px;padding:0 1px;cursor:pointer}
    .ev{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px;cursor:pointer}
    .ev.ev2{text-decoration-style:double}
    .zone.z-plot,.zone.z-background{color:#5c636a}
    .zone.z-quoted{font-style:italic;color:#5c636a}
    section h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#868e96;margin:.8rem 0 .3rem}
    .seg.active{outline:2px solid #1c7ed6;outline-offset:1px}
    sup.rel{font:11px system-ui,sans-serif;color:#5f3dc4;margin-left:1px;white-space:nowrap}
    .legend span.swatch{display:inline-block;margin:0 .4rem .3rem 0;padding:0 .4rem;border-radius:3px;font-size:.8rem}
    .legend span.under{display:inline-block;margin:0 .4rem .3rem 0;font-size:.8rem;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
    .bar{display:grid;grid-template-columns:7.5rem 1fr 3rem;align-items:center;gap:.4rem;font-size:.8rem;margin:.15rem 0}
    .bar .track{position:relative;height:.7rem;background:var(--panel);border-radius:3px}
    .bar .fill{position:absolute;top:0;bottom:0;border-radius:3px}
    .bar .mid{position:absolute;left:50%;top:-2px;bottom:-2px;border-left:1px solid #adb5bd}
    .verdict{font-size:1rem;font-weight:600}
    #panel dl,.ann dl{margin:.2rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;font-size:.8rem}
    #panel dt,.ann dt{color:var(--muted)}
    #panel dd,.ann dd{margin:0;overflow-wrap:anywhere}
    .annotations{max-height:28rem;overflow:auto}
    .ann{border-top:1px solid var(--line);padding:.35rem 0}
    .ann.active{background:#e7f5ff}
    .ann .surface{font-family:Georgia,serif}
    .label{display:inline-block;font-size:.7rem;font-weight:600;padding:0 .35rem;border-radius:3px;margin-right:.3rem}
    .muted{color:var(--muted)}
    @media (max-width:900px){article.doc{grid-template-columns:1fr}}
    @media print{aside .annotations{max-height:none}}
    """

  /// Clicking a highlighted stretch shows its annotations in the side panel; works per article.
  static let script = """
    document.addEventListener('click',function(e){
    var seg=e.target.closest('.seg');if(!seg)return;
    var doc=seg.closest('article');
    doc.querySelectorAll('.active').forEach(function(x){x.classList.remove('active')});
    var panel=doc.querySelector('.panel-body');panel.innerHTML='';
    seg.dataset.ids.split(' ').forEach(function(id){
    doc.querySelectorAll('.seg').forEach(function(s){if(s.dataset.ids.split(' ').indexOf(id)>=0)s.classList.add('active')});
    var row=doc.querySelector('.ann[data-id="'+CSS.escape(id)+'"]');
    if(row){row.classList.add('active');panel.appendChild(row.cloneNode(true));row.scrollIntoView({block:'nearest'})}
    })});
    """
}
