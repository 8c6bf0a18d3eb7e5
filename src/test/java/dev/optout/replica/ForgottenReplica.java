package dev.optout.replica;

/** Run in a child JVM: starts a replica, serves one request and returns from main without closing it. */
final class ForgottenReplica {
    public static void main(String[] args) throws Exception {
        ReplicaServer replica = ReplicaServer.start(new Scenario());
        var http = java.net.http.HttpClient.newHttpClient();
        var status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(replica.baseUrl() + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        System.out.println("served " + status);
    }
}
