package com.fapiaorelay.console.config;

import com.fapiaorelay.kit.auth.AuthProperties;
import com.fapiaorelay.kit.auth.MetricsScrape;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open which page: everyone logged in reads, OPERATORs enter corrections and act on alerts, REVIEWERs approve,
 * ADMINs read the audit log. Form log-in with local users; OIDC log-in as well once a client registration is
 * configured ({@code spring.security.oauth2.client.registration.*}). CSRF protection stays on for every form. The
 * actuator answers Prometheus's token as the services' does, not people.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, AuthProperties auth) {
        return MetricsScrape.actuatorChain(http, auth);
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) {
        http.authorizeHttpRequests(pages -> pages.requestMatchers("/login", "/css/**", "/js/**", "/error")
                        .permitAll()
                        .requestMatchers("/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/corrections/*/approve", "/corrections/*/reject")
                        .hasRole(Role.REVIEWER.name())
                        .requestMatchers("/corrections/new/**", "/corrections/findings")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/corrections", "/alerts/**", "/reconciliations/**")
                        .hasRole(Role.OPERATOR.name())
                        .anyRequest()
                        .hasRole(Role.VIEWER.name()))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(sessions -> sessions.invalidSessionUrl("/login?expired"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login"));
        }
        return http.build();
    }

    /** Checks local users' passwords, refusing a name the throttle holds before its password is tried. */
    @Bean
    DaoAuthenticationProvider localLogIn(UserDetailsService localUsers, LogInThrottle throttle) {
        var provider = new DaoAuthenticationProvider(localUsers);
        provider.setPreAuthenticationChecks(user -> {
            throttle.check(user);
            new AccountStatusUserDetailsChecker().check(user);
        });
        return provider;
    }

    @Bean
    UserDetailsService localUsers(ConsoleProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(SecurityConfiguration::userDetails)
                .toList());
    }

    private static UserDetails userDetails(ConsoleProperties.LocalUser user) {
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().stream()
                        .flatMap(role -> Stream.of(role.withIncluded()))
                        .distinct()
                        .toArray(String[]::new))
                .build();
    }
}
