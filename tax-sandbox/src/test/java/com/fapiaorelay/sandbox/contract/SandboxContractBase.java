package com.fapiaorelay.sandbox.contract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.sandbox.fault.FaultSettings;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.record.TaxRecordRows;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One sandbox for every contract test, driven over HTTP by the real client; faults off after each test. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=tax-sandbox")
abstract class SandboxContractBase {

    // generous: a loaded CI machine must not turn a slow answer into UNKNOWN
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @LocalServerPort
    int port;

    @Autowired
    Faults faults;

    @Autowired
    TaxRecordRows records;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "sandbox");
    }

    @AfterEach
    void faultsOff() {
        faults.apply(FaultSettings.NONE);
    }

    HttpTaxInterface client() {
        return client(TaxCredentials.DEVELOPMENT, Clock.systemUTC());
    }

    HttpTaxInterface client(TaxCredentials credentials, Clock clock) {
        return new HttpTaxInterface(url(), credentials, Duration.ofSeconds(2), CLIENT_TIMEOUT, clock);
    }

    URI url() {
        return URI.create("http://localhost:" + port);
    }

    void faults(String settings) {
        faults.apply(FaultSettings.parse(settings));
    }

    /** A seller no other test uses, so summaries and lists see only this test's invoices. */
    static String freshSeller() {
        StringBuilder seller = new StringBuilder("91110108");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            seller.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return seller.toString();
    }

    static Invoice invoice() {
        return SandboxInvoices.invoice(freshSeller(), "100.00");
    }
}
