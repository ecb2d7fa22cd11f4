// The one class the `native` Java client needs that no installable package here ships: the annotation
// `@javax.annotation.Generated` (javax.annotation-api, from Maven Central). Source-retained, no
// behaviour; every other dependency (Jackson) is the real one, bundled in openapi-generator's jar.
package javax.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.SOURCE)
public @interface Generated {
    String[] value();

    String date() default "";

    String comments() default "";
}
