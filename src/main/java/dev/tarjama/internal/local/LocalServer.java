package dev.tarjama.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import de.kherud.llama.args.LogFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The embedded engine: a GGUF model run in this JVM by llama.cpp (through its Java binding), served over the
 * OpenAI chat-completions protocol on 127.0.0.1 only. A JSON schema in {@code response_format} becomes a
 * llama.cpp grammar, so the answer is valid JSON by construction; strings in it are bounded, so a confused small
 * model cannot ramble past its token budget. Requests are answered one at a time: one model, one context.
 */
public final class LocalServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param contextSize   tokens of context
     * @param maxTokens     the answer budget when a request names none
     * @param maxStringChars bound on every string of a structured answer
     * @param threads       CPU threads for llama.cpp
     */
    public record Options(int contextSize, int maxTokens, int maxStringChars, int threads) {
        public static final Options DEFAULT =
                new Options(16384, 2048, 6000, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    private final LlamaModel model;
    private final String modelName;
    private final Options options;
    private final HttpServer http;

    private LocalServer(LlamaModel model, String modelName, Options options, HttpServer http) {
        this.model = model;
        this.modelName = modelName;
        this.options = options;
        this.http = http;
    }

    /** Loads {@code modelFile} and starts answering on 127.0.0.1:{@code port} (0 for any free port). */
    public static LocalServer start(Path modelFile, String modelName, int port, Options options) throws IOException {
        LlamaModel.setLogger(
                LogFormat.TEXT, (level, message) -> {}); // llama.cpp's own chatter stays out of the user's terminal
        LlamaModel model = new LlamaModel(new ModelParameters()
                .setModel(modelFile.toString())
                .setCtxSize(options.contextSize())
                .setThreads(options.threads())
                .setGpuLayers(0));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        LocalServer server = new LocalServer(model, modelName, options, http);
        http.createContext("/v1/chat/completions", server::chat);
        http.createContext("/v1/models", server::models);
        http.setExecutor(Executors.newFixedThreadPool(2));
        http.start();
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
    }

    private void models(HttpExchange exchange) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        body.putArray("data")
                .addObject()
                .put("id", modelName)
                .put("object", "model")
                .put("owned_by", "tarjama");
        send(exchange, 200, body);
    }

    private void chat(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, error("use POST"));
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            send(exchange, 400, error("the request is not JSON"));
            return;
        }
        try {
            send(exchange, 200, complete(request));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error(e.getMessage()));
        } catch (RuntimeException e) {
            send(exchange, 500, error("the engine failed: " + e.getMessage()));
        }
    }

    private synchronized ObjectNode complete(JsonNode request) {
        String system = "";
        List<Pair<String, String>> messages = new ArrayList<>();
        for (JsonNode message : request.path("messages")) {
            String role = message.path("role").asText();
            String content = message.path("content").asText();
            if (role.equals("system")) {
                system = system.isEmpty() ? content : system + "\n\n" + content;
            } else if (role.equals("user") || role.equals("assistant")) {
                messages.add(new Pair<>(role, content));
            }
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("no user message");
        }
        int maxTokens = request.path("max_completion_tokens")
                .asInt(request.path("max_tokens").asInt(options.maxTokens()));
        InferenceParameters inference = new InferenceParameters("")
                .setMessages(system, messages)
                .setUseChatTemplate(true)
                .setNPredict(maxTokens)
                .setTemperature((float) request.path("temperature").asDouble(0.2));
        if (request.has("seed")) {
            inference.setSeed(request.get("seed").asInt());
        }
        JsonNode schema = request.path("response_format").path("json_schema").path("schema");
        if (!schema.isMissingNode()) {
            inference.setGrammar(
                    LlamaModel.jsonSchemaToGrammar(bounded(schema.deepCopy()).toString()));
        }
        String prompt = model.applyTemplate(inference);
        String text = model.complete(inference);
        int promptTokens = model.encode(prompt).length;
        int completionTokens = model.encode(text).length;

        ObjectNode response = JSON.createObjectNode();
        response.put("id", "chatcmpl-" + UUID.randomUUID());
        response.put("object", "chat.completion");
        response.put("created", Instant.now().getEpochSecond());
        response.put("model", modelName);
        ObjectNode choice = response.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", completionTokens >= maxTokens ? "length" : "stop");
        response.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return response;
    }

    /** Longest list in a structured answer (a brief's points, a glossary's terms). */
    private static final int MAX_ITEMS = 40;

    /** Every string and list in the schema gets a bound, so generation ends within the token budget. */
    private JsonNode bounded(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if ("string".equals(object.path("type").asText()) && !object.has("maxLength") && !object.has("enum")) {
                object.put("maxLength", options.maxStringChars());
            }
            if ("array".equals(object.path("type").asText()) && !object.has("maxItems")) {
                object.put("maxItems", MAX_ITEMS);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                bounded(it.next().getValue());
            }
        } else if (schema.isArray()) {
            schema.forEach(this::bounded);
        }
        return schema;
    }

    private static ObjectNode error(String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "invalid_request_error");
        return body;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        model.close();
    }
}
