package cn.guifan.search.query;

import java.util.Map;

/**
 * The exact request a search sends to Elasticsearch: method, path, URL parameters and
 * JSON body. For diagnosis and for the latency benchmark, which sends the same request
 * straight to Elasticsearch to measure what the API adds.
 *
 * @param method the HTTP method
 * @param path the path, with the index alias
 * @param parameters URL parameters the client adds
 * @param body the JSON body
 */
public record SearchPlan(String method, String path, Map<String, String> parameters, String body) {

	public SearchPlan {
		parameters = Map.copyOf(parameters);
	}

}
