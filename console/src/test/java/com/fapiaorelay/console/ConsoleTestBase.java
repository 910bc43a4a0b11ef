package com.fapiaorelay.console;

import com.fapiaorelay.console.backend.AlertApi;
import com.fapiaorelay.console.backend.SyncApi;
import com.fapiaorelay.console.backend.UploadApi;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One console context on the shared PostgreSQL, its pages driven through MockMvc. The three services are stood in for
 * by mocks of their clients here; the system tests run the console against the real services in a browser.
 */
@SpringBootTest(properties = {"spring.config.name=console", "spring.profiles.active=dev"})
@AutoConfigureMockMvc
public abstract class ConsoleTestBase {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected SyncApi sync;

    @MockitoBean
    protected UploadApi upload;

    @MockitoBean
    protected AlertApi alerts;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "console");
    }
}
