package com.fapiaorelay.console.config;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The log-in page; Spring Security handles the form's POST. */
@Controller
class LogInController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
