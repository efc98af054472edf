package uk.childrenscomplaints.local.runtime;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTTP API's routes, tried most specific first as API Gateway tries them. */
final class RouteTable {

    private final List<HttpRoute> routes;

    RouteTable(List<HttpRoute> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt(HttpRoute::specificity))
                .toList();
    }

    Optional<Match> find(String method, String path) {
        for (HttpRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(route, parameters.get()));
            }
        }
        return Optional.empty();
    }

    List<HttpRoute> routes() {
        return routes;
    }

    record Match(HttpRoute route, Map<String, String> pathParameters) {}
}
