/// The CSS, legend and scripts every page carries inline (pages have no external assets).
enum PageStyle {
    /// Entity colours after displaCy's; labels come from `data-label` so they are not page text.
    static let css = """
        body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62em;margin:1.5em auto;padding:0 1em;color:#222}
        h1{font-size:1.5em;line-height:1.3;margin:.3em 0}.meta{color:#666;margin:0 0 .8em}
        nav a,table a{color:#1a5fb4}
        article{white-space:pre-wrap;line-height:2.1;border-top:1px solid #ddd;padding-top:.8em}
        mark.ent{padding:.1em .25em;border-radius:.3em;color:inherit}
        .PER{background:#aa9cfc}.ORG{background:#7aecec}.LOC{background:#feca74}.MISC{background:#c3e8a6}
        .label::after{content:attr(data-label);font-size:.62em;font-weight:700;margin-left:.3em;vertical-align:middle;text-transform:uppercase}
        .quote{background:#fff6bf;box-shadow:0 2px 0 #e5c100}.quote.indirect{background:#f1f1f1;box-shadow:0 2px 0 #aaa}
        .quote>.label::after{color:#8a6d00;text-transform:none;font-weight:600}
        .num{border-bottom:2px dotted #c01c28;cursor:help}
        .speaker{outline:2px solid #26a269;border-radius:.2em}.cue{outline:2px dashed #1a5fb4;border-radius:.2em}
        .linked{outline-width:3px;background:#ffe08a}.quote.linked{background:#ffe08a}
        .legend span{display:inline-block;margin:0 .6em .3em 0;padding:0 .4em;border-radius:.3em;font-size:.85em}
        table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
        th{background:#f6f6f6;cursor:pointer}td.n{text-align:right}td ul{margin:0;padding-left:1.1em}
        """

    static let legend = """
        <p class="legend"><span class="PER">PER person</span><span class="ORG">ORG organization</span>\
        <span class="LOC">LOC location</span><span class="MISC">MISC other name</span>\
        <span class="quote direct">quotation</span><span class="quote indirect">indirect speech</span>\
        <span class="speaker">speaker</span><span class="cue">cue</span><span class="num">number (hover)</span></p>
        """

    /// Pointing at a quotation lights up its other parts, its speaker and its cue; the page
    /// reads the same without it (the quotation table links them too).
    static let linkingScript = """
        document.querySelectorAll('.quote').forEach(function(q){
          var ids=[q.dataset.speaker,q.dataset.cue].filter(Boolean);
          function els(){var list=[].slice.call(document.querySelectorAll('[data-quote="'+q.dataset.quote+'"]'));
            ids.forEach(function(id){var e=document.getElementById(id);if(e)list.push(e);});return list;}
          q.addEventListener('mouseenter',function(){els().forEach(function(e){e.classList.add('linked');});});
          q.addEventListener('mouseleave',function(){els().forEach(function(e){e.classList.remove('linked');});});
        });
        """

    /// Clicking a header sorts its table by that column (numbers by `data-sort`), again to reverse.
    static let sortingScript = """
        document.querySelectorAll('table.sortable th').forEach(function(th){var col=th.cellIndex;
          th.addEventListener('click',function(){
            var body=th.closest('table').tBodies[0],rows=[].slice.call(body.rows),up=th.dataset.dir!=='up';
            th.dataset.dir=up?'up':'down';
            function key(r){var c=r.cells[col];return c.dataset.sort!==undefined?Number(c.dataset.sort):c.textContent.toLowerCase();}
            rows.sort(function(a,b){var x=key(a),y=key(b);return (x<y?-1:x>y?1:0)*(up?1:-1);});
            rows.forEach(function(r){body.appendChild(r);});
          });
        });
        """
}
