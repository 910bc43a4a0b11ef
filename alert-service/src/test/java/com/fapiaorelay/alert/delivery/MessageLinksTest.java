package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLinksTest {

    private final MessageLinks links = new MessageLinks("https://console.test/", "https://docs.test/runbooks");

    @Test
    void runbookIsNamedAfterTheAnomalyTypeInKebabCase() {
        assertThat(links.runbook("MISSING")).isEqualTo("https://docs.test/runbooks/missing.md");
        assertThat(links.runbook("CHANNEL_FAILING")).isEqualTo("https://docs.test/runbooks/channel-failing.md");
        assertThat(links.runbook("FapiaoOutboxBacklog"))
                .isEqualTo("https://docs.test/runbooks/fapiao-outbox-backlog.md");
    }

    @Test
    void consoleLinkOpensTheGroupAndBlankBasesLeaveLinksOut() {
        assertThat(links.console(42)).isEqualTo("https://console.test/alerts?groupId=42");
        assertThat(new MessageLinks("", "").runbook("MISSING")).isNull();
        assertThat(new MessageLinks("", "").console(42)).isNull();
    }
}
