/// The small script `torv serve` adds to every page it serves: it waits (long polling) for the
/// next version of the site and reloads the page. Only in serve mode, never in `torv build`.
enum LiveReload {
    static let path = "/__torv/reload"

    static func script(version: Int) -> String {
        """
        <script>/* torv serve: live reload */(function(){var v=\(version);function wait(){fetch('\(path)?since='+v,{cache:'no-store'}).then(function(r){return r.json();}).then(function(d){if(d.version>v){location.reload();}else{wait();}}).catch(function(){setTimeout(wait,1000);});}wait();})();</script>

        """
    }
}
