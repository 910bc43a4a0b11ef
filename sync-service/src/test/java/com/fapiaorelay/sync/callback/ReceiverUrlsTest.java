package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiverUrlsTest {

    private final ReceiverUrls anyPublicHost = urls(false, List.of(), List.of());
    private final ReceiverUrls listedHosts = urls(false, List.of("erp.example.com", "*.kingdee.example"), List.of());

    @Test
    void acceptsAnyPublicHttpsHostWhenNoHostsAreListed() {
        assertThatCode(() -> anyPublicHost.check("https://erp.example.com/fapiao/status"))
                .doesNotThrowAnyException();
        assertThatCode(() -> anyPublicHost.check("https://203.0.113.7:8443/status"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://localhost/x",
                "https://api.localhost/x",
                "https://127.0.0.1/x",
                "https://2130706433/x",
                "https://[::1]/x",
                "https://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/x",
                "https://172.16.0.9/x",
                "https://192.168.1.20/x",
                "https://100.64.0.1/x",
                "https://0.0.0.0/x",
                "https://[fd00::1]/x",
                "https://[fe80::1]/x",
                "https://[::ffff:10.0.0.1]/x",
                "https://erp-intranet/x"
            })
    void refusesInternalHostsUnlessAllowed(String url) {
        assertThatThrownBy(() -> anyPublicHost.check(url))
                .isInstanceOf(CallbackRefused.class)
                .hasMessageContaining("loopback, private, link-local or unqualified");
    }

    @Test
    void anInternalHostOperatorsAllowedIsAccepted() {
        ReceiverUrls allowingLocalhost = urls(true, List.of("erp.example.com"), List.of("localhost", "[::1]"));

        assertThatCode(() -> allowingLocalhost.check("http://localhost:8099/status"))
                .doesNotThrowAnyException();
        assertThatCode(() -> allowingLocalhost.check("http://[::1]:8099/status"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> allowingLocalhost.check("http://127.0.0.1:8099/status"))
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void onlyListedHostsAreAcceptedWhenHostsAreListed() {
        assertThatCode(() -> listedHosts.check("https://ERP.example.com/x")).doesNotThrowAnyException();
        assertThatCode(() -> listedHosts.check("https://bj.kingdee.example/x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> listedHosts.check("https://kingdee.example.evil.test/x"))
                .isInstanceOf(CallbackRefused.class)
                .hasMessageContaining("not among the allowed receiver hosts");
        assertThatThrownBy(() -> listedHosts.check("https://evil.test/x"))
                .hasMessageContaining("回调主机 evil.test 不在允许列表中");
    }

    @Test
    void plainHttpIsRefusedUnlessAllowedAndOtherSchemesAlways() {
        assertThatThrownBy(() -> anyPublicHost.check("http://erp.example.com/x"))
                .hasMessageContaining("must be https");
        assertThatThrownBy(() -> urls(true, List.of(), List.of()).check("ftp://erp.example.com/x"))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> anyPublicHost.check("not a url")).hasMessageContaining("absolute http(s) URL");
    }

    private static ReceiverUrls urls(boolean plainHttp, List<String> hosts, List<String> internalHosts) {
        return new ReceiverUrls(CallbackPropertiesTest.defaults(plainHttp, hosts, internalHosts));
    }
}
