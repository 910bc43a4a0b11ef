package com.fapiaorelay.alert.delivery.channel.email;

import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.delivery.Channel;
import com.fapiaorelay.alert.delivery.ChannelResult;
import com.fapiaorelay.alert.delivery.PendingDelivery;
import com.fapiaorelay.alert.delivery.channel.MessageText;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends the message as a plain-text mail; enabled by recipients and an SMTP server ({@code spring.mail.host}). */
@Component
class EmailChannel implements Channel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final EmailProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, EmailProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean enabled() {
        return properties.enabled() && mailSender.getIfAvailable() != null;
    }

    @Override
    public ChannelResult send(PendingDelivery delivery) {
        JavaMailSender sender = mailSender.getObject();
        try {
            sender.send(mailOf(sender.createMimeMessage(), delivery.message()));
            return ChannelResult.delivered(250);
        } catch (MailException | MessagingException e) {
            return ChannelResult.failed(null, e.getMessage());
        }
    }

    private MimeMessage mailOf(MimeMessage mail, AlertMessage message) throws MessagingException {
        var helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(properties.to().toArray(String[]::new));
        helper.setSubject(properties.subjectPrefix() + message.title());
        helper.setText(MessageText.render(message, MessageText.Style.PLAIN, EmailProperties.MAX_BODY_BYTES));
        return mail;
    }
}
