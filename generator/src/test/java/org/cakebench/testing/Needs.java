package org.cakebench.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Marks a test class or method that needs something from outside the JVM and the repository (see
 * {@link Requirement}). Where it is missing, the class or method is disabled before any of its
 * set-up runs, so surefire reports each of its tests as skipped with the reason (in {@code
 * target/surefire-reports/TEST-*.xml}, and once per class on the console) instead of dropping them,
 * as an assumption failing in {@code @BeforeAll} would.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Needs.Check.class)
public @interface Needs {
  /** What the tests need. */
  Requirement[] value();

  /** Disables the annotated class or method, with the reason, when a requirement is missing. */
  final class Check implements ExecutionCondition {
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      var needs =
          context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, Needs.class));
      if (needs.isPresent()) {
        for (Requirement requirement : needs.get().value()) {
          if (!requirement.met()) {
            String reason = requirement.reason();
            if (REPORTED.add(context.getUniqueId())) {
              String test =
                  context.getRequiredTestClass().getSimpleName()
                      + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
              System.err.println("skipped " + test + ": " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
          }
        }
      }
      return ConditionEvaluationResult.enabled("nothing missing");
    }
  }
}
