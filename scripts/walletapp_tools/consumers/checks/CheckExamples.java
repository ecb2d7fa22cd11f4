// Deserialize every example with the model class openapi-generator's Java `native` client generated
// for its schema, through the client's own ObjectMappers: the ApiClient's (what the generated API
// classes read answers and write bodies with) and org.openapitools.client.JSON's, which also refuses
// to coerce scalars (a string where a number or boolean is due). Both get the setting the Generating a client
// page asks of Java teams: a null leaves a field null, which the generated classes of unions refuse.
// Usage: java CheckExamples <examples.json>; prints {"checked": n, "no_model": [...]} or fails (exit 1).
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public final class CheckExamples {
    public static void main(String[] args) throws Exception {
        Map<String, ObjectMapper> mappers = new LinkedHashMap<>();
        mappers.put("ApiClient", org.openapitools.client.ApiClient.createDefaultObjectMapper());
        mappers.put("JSON", new org.openapitools.client.JSON().getMapper());
        for (ObjectMapper mapper : mappers.values()) {
            mapper.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP));
        }
        JsonNode examples = new ObjectMapper().readTree(new File(args[0]));
        List<String> failures = new ArrayList<>();
        TreeSet<String> noModel = new TreeSet<>();
        int checked = 0;
        for (JsonNode example : examples) {
            String schema = example.get("schema").asText();
            String pointer = example.get("pointer").asText();
            Class<?> model;
            try {
                model = Class.forName("org.openapitools.client.model." + schema);
            } catch (ClassNotFoundException missing) {
                if ("object".equals(example.get("kind").asText())) {
                    failures.add(pointer + ": no model class " + schema);
                } else {
                    noModel.add(schema);
                }
                continue;
            }
            boolean passed = true;
            for (Map.Entry<String, ObjectMapper> entry : mappers.entrySet()) {
                ObjectMapper mapper = entry.getValue();
                String where = pointer + ": " + schema + " (" + entry.getKey() + " mapper): ";
                try {
                    if (mapper.readValue(mapper.writeValueAsString(example.get("value")), model) == null) {
                        failures.add(where + "deserialized it to null");
                        passed = false;
                    }
                } catch (Exception error) {
                    String message = String.valueOf(error.getMessage()).split("\n")[0];
                    failures.add(where + error.getClass().getSimpleName() + ": " + message);
                    passed = false;
                }
            }
            if (passed) {
                checked++;
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.err.println(failures.size() + " failures in " + examples.size() + " examples");
            System.exit(1);
        }
        StringBuilder names = new StringBuilder();
        for (String name : noModel) {
            names.append(names.length() == 0 ? "" : ",").append('"').append(name).append('"');
        }
        System.out.println("{\"checked\": " + checked + ", \"no_model\": [" + names + "]}");
    }
}
