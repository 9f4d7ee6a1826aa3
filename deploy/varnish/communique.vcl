vcl 4.1;
# Communiqué's edge: Varnish 7.1 with the xkey vmod (Debian's varnish and varnish-modules).
# It keeps the public portal's pages until the app purges them, and passes everything else.
# `npm run edge` (scripts/edge.mjs) writes communique-site.vcl beside a copy of this file: the
# backends, the director `app` and the `edge_purgers` ACL; an operator may write their own, see
# deploy/varnish/communique-site.example.vcl. The purge secret comes from varnishd's environment
# (EDGE_PURGE_SECRET), so that no file holds it. docs/architecture.md, "The edge", says why.

import std;
import xkey;
import directors;

# A backend that stops answering leaves the rotation: `/robots.txt` is served by every instance
# without the database, Redis or the proxy, so it tells only whether the process serves.
probe communique_health {
    .url = "/robots.txt";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

include "communique-site.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();
    unset req.http.X-Edge-Cacheable;

    if (req.method == "PURGE") {
        call communique_purge;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Built assets and uploaded images are named by their content: cached by that name, whoever asks.
    if (req.url ~ "^/(_next/static|media)/") {
        unset req.http.Cookie;
        unset req.http.Authorization;
        return (hash);
    }

    # Only the public portal is ever cached: the languages' paths (lib/i18n/locales.ts) and the
    # sitemap. Everything else (the workspace, /login, /api, /preview, /embargo, `/` and paths without a
    # language, which the app redirects by the visitor's language) goes to the app every time.
    if (req.url !~ "^/(fr|en|es)(/|\?|$)" && req.url !~ "^/sitemap\.xml(\?|$)") {
        return (pass);
    }
    # A reader's confirmation and preferences pages are reached by a link of their own: never kept.
    if (req.url ~ "^/(fr|en|es)/subscribe/(confirm|preferences)/") {
        return (pass);
    }
    # A signed-in person (Auth.js session cookie) or a preview of Next's draft mode sees the app.
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-|__Host-)?authjs\.session-token(\.\d+)?=" ||
        req.http.Cookie ~ "(^|;\s*)__prerender_bypass=" ||
        req.http.Authorization) {
        return (pass);
    }
    # No public page depends on a cookie (they are rendered once for everyone): none reaches the app.
    unset req.http.Cookie;
    set req.http.X-Edge-Cacheable = "1";

    # One key per page however its address is written: parameters sorted, trackers dropped.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|msclkid|mc_[a-z]+)=[^&]*(&|$)", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);
    return (hash);
}

sub communique_purge {
    if (client.ip !~ edge_purgers) {
        std.log("edge-purge refused: address " + client.ip);
        return (synth(403, "Forbidden"));
    }
    if (std.getenv("EDGE_PURGE_SECRET") == "" ||
        req.http.edge-purge-secret != std.getenv("EDGE_PURGE_SECRET")) {
        std.log("edge-purge refused: wrong secret from " + client.ip);
        return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
        return (synth(400, "No keys to purge"));
    }
    # A hard purge: a withdrawn release must be gone at once, never served stale while refetched.
    set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
    std.log("edge-purge keys=" + req.http.xkey-purge + " objects=" + req.http.X-Purged);
    return (synth(200, "Purged"));
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # Next answers a page's HTML and its RSC flight data at the same URL, told apart by these
    # request headers (and by the `_rsc` parameter, already in the URL): each variant has its own
    # key, so a document request never gets flight data nor a client navigation a document.
    hash_data("rsc:" + req.http.rsc);
    hash_data("prefetch:" + req.http.next-router-prefetch);
    hash_data("segment:" + req.http.next-router-segment-prefetch);
    hash_data("tree:" + req.http.next-router-state-tree);
    hash_data("url:" + req.http.next-url);
    return (lookup);
}

sub vcl_synth {
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.X-Purged = req.http.X-Purged;
    }
    set resp.http.Cache-Control = "no-store";
}

sub vcl_backend_response {
    # A response that sets a cookie is someone's: never stored (nor a pass request's answer).
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    if (bereq.url ~ "^/(_next/static|media)/") {
        # Cached by name for as long as the app says (a year, immutable).
        return (deliver);
    }

    # A page is kept only if the app said how to purge it (its surrogate keys in `xkey`) or for how
    # long (`Surrogate-Control: max-age`, search results): otherwise nothing could ever remove it.
    if (beresp.http.Surrogate-Control ~ "max-age=\d+") {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=(\d+).*$", "\1s"), 0s);
    } else if (beresp.http.xkey && beresp.http.Cache-Control ~ "s-maxage") {
        # Until purged: Next says `s-maxage=31536000` for pages it keeps until invalidated.
        set beresp.ttl = 365d;
    } else {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 0s;
    # Browsers revalidate every time; a validator lets the edge answer them 304 from its copy.
    if (!beresp.http.Last-Modified) {
        set beresp.http.Last-Modified = now;
    }
    return (deliver);
}

sub vcl_deliver {
    # What the edge may purge, no browser keeps: it asks again each time (a 304 when unchanged).
    # The keys stay in Surrogate-Key and Cache-Tag for a CDN in front of the edge.
    if (resp.http.xkey || resp.http.Surrogate-Control) {
        set resp.http.Cache-Control = "max-age=0, must-revalidate";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Control;
    if (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "HIT";
    } else if (req.http.X-Edge-Cacheable) {
        set resp.http.X-Edge-Cache = "MISS";
    } else {
        set resp.http.X-Edge-Cache = "PASS";
    }
}

sub vcl_backend_error {
    # A backend that has just gone (its probe has not noticed yet): the director tries another.
    if (bereq.retries < 2 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
}
