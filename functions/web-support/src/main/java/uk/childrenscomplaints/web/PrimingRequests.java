package uk.childrenscomplaints.web;

import java.util.List;

/**
 * The synthetic requests a web function pushes through its own handler before a SnapStart checkpoint (decision 039):
 * each one is answered as a real one would be (a page, a refusal, a 401, a status link that finds nothing), and none
 * writes or sends. One bean per function; its requests are what the first real request would otherwise load.
 */
public interface PrimingRequests {

    /** One request as API Gateway would pass it on; {@code query} without the "?", {@code body} as sent or null. */
    record PrimingRequest(String method, String path, String query, String contentType, String body) {
        public static PrimingRequest get(String path) {
            return new PrimingRequest("GET", path, "", null, null);
        }

        public static PrimingRequest get(String path, String query) {
            return new PrimingRequest("GET", path, query, null, null);
        }

        public static PrimingRequest post(String path, String contentType, String body) {
            return new PrimingRequest("POST", path, "", contentType, body);
        }
    }

    List<PrimingRequest> requests();
}
