package uk.childrenscomplaints.web;

import java.util.List;

/**
 * The synthetic requests a web function pushes through its own handler before a SnapStart checkpoint (decision 039):
 * each one is answered as a real one would be (a page, a refusal, a 401, a status link that finds nothing), and none
 * writes or sends. One bean per function; its requests are what the first real request would otherwise load.
 */
public interface PrimingRequests {

    /**
     * One request as API Gateway would pass it on; {@code query} without the "?", {@code body} as sent or null, and
     * {@code accept} what the caller asks for: a page for a browser's request, JSON for an API client's (a route that
     * produces only JSON answers a page request with 406, and would prime nothing past its content negotiation).
     */
    record PrimingRequest(String method, String path, String query, String contentType, String accept, String body) {
        private static final String PAGE = "text/html";
        private static final String JSON = "application/json";

        /** A page, as a browser asks for it. */
        public static PrimingRequest get(String path) {
            return new PrimingRequest("GET", path, "", null, PAGE, null);
        }

        /** A page with a query string, as a browser asks for it. */
        public static PrimingRequest get(String path, String query) {
            return new PrimingRequest("GET", path, query, null, PAGE, null);
        }

        /** An API route, as an API client asks for it. */
        public static PrimingRequest getJson(String path) {
            return new PrimingRequest("GET", path, "", null, JSON, null);
        }

        /** A body sent as {@code contentType}: JSON asks for JSON back, a form for a page. */
        public static PrimingRequest post(String path, String contentType, String body) {
            return new PrimingRequest(
                    "POST",
                    path,
                    "",
                    contentType,
                    contentType != null && contentType.contains("json") ? JSON : PAGE,
                    body);
        }
    }

    List<PrimingRequest> requests();
}
