package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.tax.leqi.LeqiWire;
import com.fapiaorelay.common.tax.protocol.RequestSignature;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.fault.Faults.CallFate;
import com.fapiaorelay.sandbox.fault.InjectedFaults.Kind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.web.servlet.HandlerInterceptor;

/** The faults any call of either wire can meet before it is handled: retired v1, maintenance, quota, latency, 5xx, hangs. */
class FaultInterceptor implements HandlerInterceptor {

    private final Faults faults;

    FaultInterceptor(Faults faults) {
        this.faults = faults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getRequestURI().startsWith("/api/v1/") && faults.v1Retired()) {
            throw refusal(Kind.RETIRED_VERSION, Refusal.retiredVersion());
        }
        faults.maintenanceLeft().ifPresent(left -> {
            throw refusal(Kind.MAINTENANCE, Refusal.maintenance(left));
        });
        if (!faults.admitsCall(caller(request))) {
            throw refusal(Kind.QUOTA, Refusal.quota());
        }
        CallFate fate = faults.drawCall();
        pause(fate.latency());
        if (fate.error()) {
            throw refusal(Kind.ERROR, Refusal.internalError());
        }
        if (!fate.hang().isZero()) {
            faults.count(Kind.HANG);
            pause(fate.hang());
            throw Refusal.internalError();
        }
        return true;
    }

    /** The app id of the reference protocol, the access unit (jrdwptbh) of 乐企: whose calls the quota counts. */
    private static String caller(HttpServletRequest request) {
        String appId = request.getHeader(RequestSignature.APP_ID);
        String accessUnit = request.getHeader(LeqiWire.ACCESS_UNIT);
        return appId != null ? appId : String.valueOf(accessUnit);
    }

    private Refusal refusal(Kind kind, Refusal refusal) {
        faults.count(kind);
        return refusal;
    }

    static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.internalError();
        }
    }
}
