package com.fapiaorelay.sync;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One sync-service context for every integration test (same configuration, so Spring caches it), on the shared
 * real Kafka and PostgreSQL and a real tax-sandbox over HTTP. The tests play upload-service: they publish status
 * events themselves and upload, or don't, to the sandbox.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=sync-service", "spring.profiles.active=dev", SyncIntegrationTest.TEST_TIMINGS
        })
public abstract class SyncIntegrationTest {

    public static final String TEST_TIMINGS = "spring.config.additional-location=classpath:sync-service-test.yml";
    public static final String UPLOAD_SERVICE = "upload-service";
    protected static final String SERVICE = "sync-service";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final KafkaTemplate<String, String> UPSTREAM =
            new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedInfrastructure.get().kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class)));

    protected final TaxInterface sandbox =
            new HttpTaxInterface(URI.create(SandboxServer.url()), Duration.ofSeconds(2), Duration.ofSeconds(5));

    @LocalServerPort
    protected int port;

    /** A producer of the tests' own, as upload-service's is: sync-service's stamps what it sends as its own. */
    protected final KafkaTemplate<String, String> kafka = UPSTREAM;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "sync");
        registry.add("fapiao.tax.base-url", SandboxServer::url);
        registry.add("fapiao.sync.api-keys.upload-url", UploadServiceStub::url);
        registry.add("fapiao.sync.api-keys.service-token", () -> UploadServiceStub.SERVICE_TOKEN);
        TopicRecorder.start();
    }

    /** Publishes what upload-service would after a successful upload, at upstream version {@code version}. */
    protected void publishUploaded(Invoice invoice, long version) {
        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                invoice.key(),
                InvoiceState.UPLOADED,
                version,
                null,
                null,
                "R-upload-" + version,
                InvoiceFigures.of(invoice)));
    }

    /** Publishes what upload-service would as the invoice reaches {@code state}, at upstream version {@code version}. */
    protected void publishState(Invoice invoice, InvoiceState state, long version) {
        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE, invoice.key(), state, version, null, null, null, InvoiceFigures.of(invoice)));
    }

    protected void publish(InvoiceStatusChanged event) {
        publishRaw(event.key(), FapiaoJson.mapper().writeValueAsString(event));
    }

    protected void publishRaw(InvoiceKey key, String payload) {
        try {
            kafka.send(Topics.INVOICES_STATUS, key.toString(), payload).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test event", e);
        }
    }

    /** Makes the invoice visible in the tax system. */
    protected UploadResult uploadToTaxSystem(Invoice invoice) {
        return sandbox.upload(List.of(invoice)).get(0);
    }

    protected Answer get(String path) {
        return send(asOperator(path).build());
    }

    protected Answer post(String path, String json) {
        return send(asOperator(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    protected Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), FapiaoJson.mapper().readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    protected HttpResponse<byte[]> getBytes(String path) {
        try {
            return HTTP.send(asOperator(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    protected String getText(String path) {
        try {
            return HTTP.send(asOperator(path).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** A request with an ERP's API key, which reads and acts for the key's sellers only. */
    protected Answer asKey(String apiKey, String path) {
        return send(request(path).header("X-Api-Key", apiKey).build());
    }

    protected Answer postAsKey(String apiKey, String path, String json) {
        return send(request(path)
                .header("X-Api-Key", apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** The metrics, as Prometheus scrapes them with its own token. */
    protected String scrape() {
        HttpRequest request = request("/actuator/prometheus")
                .header("Authorization", TestCredentials.bearer(TestCredentials.SCRAPE_TOKEN))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException("GET /actuator/prometheus failed", e);
        }
    }

    /** A request as an OPERATOR, who reads every seller: what the tests do unless they say otherwise. */
    protected HttpRequest.Builder asOperator(String path) {
        return request(path).header("Authorization", TestCredentials.bearer(TestCredentials.operator(SERVICE)));
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** The ledger's answer for the invoice, or a 404 body. */
    protected Answer ledger(InvoiceKey key) {
        return get("/api/v1/invoices/" + key.sellerTaxId() + "/" + key.invoiceNumber());
    }

    protected String stateOf(InvoiceKey key) {
        Answer answer = ledger(key);
        return answer.status() == 200 ? answer.body().path("state").asString() : "ABSENT";
    }

    protected static List<String> timelineStates(JsonNode invoice) {
        return invoice.path("timeline")
                .valueStream()
                .map(entry -> entry.path("state").asString())
                .toList();
    }

    /** An HTTP status and its JSON body. */
    protected record Answer(int status, JsonNode body) {}

    /** A second sync-service on the same database; only its schedulers run, its Kafka listener stays stopped. */
    protected static ConfigurableApplicationContext startSecondInstance() {
        var infrastructure = SharedInfrastructure.get();
        return SyncServiceApplication.application()
                .run(
                        "--" + TEST_TIMINGS,
                        "--server.port=0",
                        "--spring.profiles.active=dev",
                        "--spring.datasource.url=" + infrastructure.jdbcUrl("sync"),
                        "--spring.datasource.username=" + infrastructure.username(),
                        "--spring.datasource.password=" + infrastructure.password(),
                        "--spring.flyway.schemas=sync",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.kafka.listener.auto-startup=false",
                        "--fapiao.tax.base-url=" + SandboxServer.url());
    }
}
