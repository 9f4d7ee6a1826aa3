# What communique.vcl includes: this site's backends, the director `app` that spreads requests over
# them, and the addresses allowed to purge. `npm run edge` writes one like it from its options;
# copy this file as communique-site.vcl (in varnishd's vcl_path) to run the edge another way.
# The purge secret is not here: varnishd reads EDGE_PURGE_SECRET from its environment.

backend app_1 {
    .host = "10.0.0.11";
    .port = "3000";
    .probe = communique_health;
}

backend app_2 {
    .host = "10.0.0.12";
    .port = "3000";
    .probe = communique_health;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app_1);
    app.add_backend(app_2);
}

# The app instances, which purge after each publish (EDGE_PURGE_URLS names this edge).
acl edge_purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/24;
}
