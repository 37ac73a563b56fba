#pragma once

namespace leadopp::net {

/// When an ApiJob tries again. Only 429 and 503 are retried (the request had no effect);
/// never another 4xx, never a transport failure of a create.
struct RetryPolicy {
    int maxAttempts = 3;        ///< total requests, first one included (1 = no retry)
    int defaultWaitMs = 2000;   ///< first wait when the server gives no Retry-After
    double backoffFactor = 2.0; ///< later waits without Retry-After grow by this factor
    int maxWaitMs = 30000;      ///< cap for a single wait, Retry-After included
    int maxTotalWaitMs = 60000; ///< cap for all waits of one job
    double timeScale = 1.0;     ///< multiplies every wait (tests: 0.01)

    static RetryPolicy none()
    {
        RetryPolicy policy;
        policy.maxAttempts = 1;
        return policy;
    }
};

} // namespace leadopp::net
