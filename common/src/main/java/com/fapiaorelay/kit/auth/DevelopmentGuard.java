package com.fapiaorelay.kit.auth;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the {@code dev} profile while a setting the service lists in
 * {@code fapiao.guard.required-outside-dev} is missing, holds a development default ({@code fapiao-relay-dev…}), or,
 * for a URL, is not https. Runs before any bean is made, so the message names every such setting at once.
 */
final class DevelopmentGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PROFILE = "dev";
    static final String REQUIRED = "fapiao.guard.required-outside-dev";
    static final String DEVELOPMENT_PREFIX = "fapiao-relay-dev";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems =
                Binder.get(environment).bind(REQUIRED, Bindable.listOf(String.class)).orElse(List.of()).stream()
                        .flatMap(this::problemWith)
                        .toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Start-up refused outside the 'dev' profile:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nSet them in the environment (.env.example and docs/security.md list them); development"
                    + " defaults, trial users and the sandbox are accepted only with spring.profiles.active=dev.");
        }
    }

    private Stream<String> problemWith(String setting) {
        String value =
                Objects.requireNonNullElse(environment.getProperty(setting), "").strip();
        if (value.isEmpty()) {
            return Stream.of(setting + " is not set");
        }
        if (value.startsWith(DEVELOPMENT_PREFIX)) {
            return Stream.of(setting + " holds a development default");
        }
        if (setting.endsWith("url") && !value.startsWith("https://")) {
            return Stream.of(setting + " must be an https:// URL, not " + value);
        }
        return Stream.empty();
    }
}
